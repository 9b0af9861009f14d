/**
 * The layers of src/ (README's folder table, ../shared/STYLE.md) as rules over the import graph,
 * and the cycle check. Pure functions of an `ImportGraph`, so a test can plant a violation.
 * Type-only and dynamic imports count for the layers: a layer that names another's types
 * depends on it all the same. Cycles are load-order edges plus type-only ones; `import()` is not.
 */
import type { Import, ImportGraph } from '../helpers/import-graph';

export interface LayerRule {
  name: string;
  /** Does the rule apply to this module (path relative to src/)? */
  appliesTo(file: string): boolean;
  /** Is this import forbidden to such a module? */
  forbids(imp: Import): boolean;
}

const under = (folder: string) => (file: string | undefined) => file?.startsWith(`${folder}/`) === true;
const inDomain = under('domain');
const inProtocol = under('protocol');
const inServer = under('server');
const isDexie = (imp: Import) => imp.specifier === 'dexie' || imp.specifier.startsWith('dexie/');

export const LAYER_RULES: readonly LayerRule[] = [
  {
    name: 'domain/ imports nothing of src/ outside domain/',
    appliesTo: inDomain,
    forbids: (imp) => imp.target !== undefined && !inDomain(imp.target),
  },
  {
    name: 'protocol/ imports only domain/ and protocol/',
    appliesTo: inProtocol,
    forbids: (imp) => imp.target !== undefined && !inDomain(imp.target) && !inProtocol(imp.target),
  },
  {
    name: 'only db/ imports dexie',
    appliesTo: (file) => !under('db')(file),
    forbids: isDexie,
  },
  {
    name: 'server/ imports only domain/, protocol/ and server/',
    appliesTo: inServer,
    forbids: (imp) =>
      imp.target !== undefined && !inDomain(imp.target) && !inProtocol(imp.target) && !inServer(imp.target),
  },
  {
    // Components call named commands (db/commands/); the generic write path stays inside db/.
    name: 'ui/ never imports db/mutations',
    appliesTo: under('ui'),
    forbids: (imp) => imp.target === 'db/mutations.ts',
  },
];

/** One line per forbidden import: `rule: file → specifier`. */
export function layerViolations(graph: ImportGraph, rules: readonly LayerRule[] = LAYER_RULES): string[] {
  const found: string[] = [];
  for (const [file, imports] of graph) {
    for (const rule of rules) {
      if (!rule.appliesTo(file)) continue;
      for (const imp of imports) {
        if (rule.forbids(imp)) found.push(`${rule.name}: ${file} → ${imp.specifier}`);
      }
    }
  }
  return found;
}

type Edge = { to: string; typeOnly: boolean };

function edgesOf(graph: ImportGraph): Map<string, Edge[]> {
  const edges = new Map<string, Edge[]>();
  for (const [file, imports] of graph) {
    const out: Edge[] = [];
    for (const imp of imports) {
      if (imp.dynamic || imp.target === undefined || !graph.has(imp.target)) continue;
      const seen = out.find((e) => e.to === imp.target);
      // A runtime import and a type import of the same module: the edge is a runtime one.
      if (seen) seen.typeOnly &&= imp.typeOnly;
      else out.push({ to: imp.target, typeOnly: imp.typeOnly });
    }
    edges.set(file, out);
  }
  return edges;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function tangledComponents(edges: Map<string, Edge[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const { to } of edges.get(v) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    const selfLoop = (edges.get(v) ?? []).some((e) => e.to === v);
    if (component.length > 1 || selfLoop) found.push(component.sort());
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) connect(v);
  return found;
}

/** The shortest way from `start` back to itself inside `members` (breadth first). */
function shortestCycle(edges: Map<string, Edge[]>, start: string, members: Set<string>): Edge[] {
  const cameFrom = new Map<string, { from: string; edge: Edge }>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const edge of edges.get(v) ?? []) {
      if (!members.has(edge.to) || cameFrom.has(edge.to)) continue;
      cameFrom.set(edge.to, { from: v, edge });
      if (edge.to === start) {
        const path: Edge[] = [];
        let at = start;
        do {
          const step = cameFrom.get(at) as { from: string; edge: Edge };
          path.unshift(step.edge);
          at = step.from;
        } while (at !== start);
        return path;
      }
      queue.push(edge.to);
    }
  }
  return [];
}

/**
 * One line per tangle of modules that import each other: `a.ts → b.ts → a.ts`, the shortest cycle
 * through its first module, marked `(through a type import)` when an edge of it is erased at build
 * (harmless at run time, yet the two modules still cannot be understood or moved apart).
 */
export function importCycles(graph: ImportGraph): string[] {
  const edges = edgesOf(graph);
  return tangledComponents(edges).map((component) => {
    const [start] = component as [string];
    const cycle = shortestCycle(edges, start, new Set(component));
    const line = [start, ...cycle.map((e) => e.to)].join(' → ');
    const more = component.length > cycle.length ? ` (tangle of ${component.length} modules)` : '';
    return `${line}${cycle.some((e) => e.typeOnly) ? ' (through a type import)' : ''}${more}`;
  });
}
