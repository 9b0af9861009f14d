/**
 * The import graph of a source tree, read with the TypeScript parser (so an `import` inside a
 * comment or a string never counts). Shared by the first-screen messages test, which walks what
 * the entry loads, and the architecture test, which checks layers and cycles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface Import {
  /** As written: `'../db/schema'`, `'dexie'`, `'node:fs'`. */
  specifier: string;
  /** The file it names, relative to the tree's root with `/`; undefined for a package. */
  target: string | undefined;
  /** `import type` / `export type`, or every named binding marked `type`: erased at build time. */
  typeOnly: boolean;
  /** `import('…')`: fetched when called, so it adds no load-order edge. */
  dynamic: boolean;
}

/** Every module of the tree (path relative to its root, with `/`) and what it imports. */
export type ImportGraph = Map<string, Import[]>;

const EXTENSIONS = ['.ts', '.tsx'];

/** The `.ts`/`.tsx` file a relative specifier names, as Vite and `tsc` resolve it; undefined if none. */
export function resolveModule(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.js$/, '');
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => stem + ext),
    ...EXTENSIONS.map((ext) => join(base, `index${ext}`)),
  ];
  return candidates.find((c) => EXTENSIONS.some((ext) => c.endsWith(ext)) && existsSync(c));
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly);
}

/** The specifiers a module's source names, without resolving them. */
export function parseImports(
  fileName: string,
  source: string,
): { specifier: string; typeOnly: boolean; dynamic: boolean }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const found: { specifier: string; typeOnly: boolean; dynamic: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node), dynamic: false });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyExport(node), dynamic: false });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false, dynamic: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      // `typeof import('./x')` in a type position.
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal))
        found.push({ specifier: literal.text, typeOnly: true, dynamic: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function toKey(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** The imports of one file of the tree under `root`. */
export function importsOf(root: string, file: string, source = readFileSync(file, 'utf8')): Import[] {
  return parseImports(file, source).map((i) => {
    const resolved = i.specifier.startsWith('.') ? resolveModule(file, i.specifier) : undefined;
    return { ...i, target: resolved ? toKey(root, resolved) : undefined };
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The whole tree under `root`: every `.ts`/`.tsx` file and its imports. */
export function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(root).sort()) graph.set(toKey(root, file), importsOf(root, file));
  return graph;
}
