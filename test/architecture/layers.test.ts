// @vitest-environment node
/**
 * The layers of src/ hold (README's folder table): domain/ and protocol/ stand alone, only db/
 * touches Dexie, the server shares only the domain and the wire contract, screens write through
 * named commands; and no two modules import each other. Each check is also run on a planted
 * violation, so a checker that finds nothing cannot pass.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Import, type ImportGraph, importGraph } from '../helpers/import-graph';
import { importCycles, layerViolations } from './layer-rules';

const SRC = resolve(__dirname, '../../src');

const graph = importGraph(SRC);

const planted: string[] = [];
/** A tree of source files on disk, read by the same walker as src/. */
function plantTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'klinik-layers-'));
  planted.push(root);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}
afterAll(() => {
  for (const root of planted) rmSync(root, { recursive: true, force: true });
});

const imp = (specifier: string, target?: string, more: Partial<Import> = {}): Import => ({
  specifier,
  target,
  typeOnly: false,
  dynamic: false,
  ...more,
});

describe('the walker', () => {
  it('reads all of src/ and resolves its relative imports', () => {
    expect(graph.size).toBeGreaterThan(200);
    const app = graph.get('ui/App.tsx') ?? [];
    expect(app.map((i) => i.target)).toContain('ui/Layout.tsx');
    expect(graph.get('db/schema.ts')?.map((i) => i.specifier)).toContain('dexie');
  });
});

describe('layers', () => {
  it('src/ breaks no layer rule', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('reports a planted file of each kind of violation', () => {
    const root = plantTree({
      'domain/rule.ts': "import { db } from '../db/schema';\nexport const x = db;\n",
      'protocol/wire.ts':
        "import type { Unit } from '../domain/unit';\nimport { t } from '../i18n/index';\nexport type W = Unit;\n",
      'server/app.ts': "import { ok } from '../protocol/wire';\nimport { y } from '../sync/engine';\n",
      'sync/engine.ts': "import Dexie from 'dexie';\nexport const y = Dexie;\n",
      'ui/Screen.tsx':
        "import { createRecord } from '../db/mutations';\nimport type { Table } from 'dexie/dist/dexie';\n",
      'db/schema.ts': "import Dexie from 'dexie';\nexport const db = new Dexie('x');\n",
      'db/mutations.ts': 'export const createRecord = 1;\n',
      'domain/unit.ts': 'export interface Unit { id: string }\n',
      'i18n/index.ts': 'export const t = 1;\n',
    });
    expect(layerViolations(importGraph(root))).toEqual([
      'domain/ imports nothing of src/ outside domain/: domain/rule.ts → ../db/schema',
      'protocol/ imports only domain/ and protocol/: protocol/wire.ts → ../i18n/index',
      'server/ imports only domain/, protocol/ and server/: server/app.ts → ../sync/engine',
      'only db/ imports dexie: sync/engine.ts → dexie',
      'only db/ imports dexie: ui/Screen.tsx → dexie/dist/dexie',
      'ui/ never imports db/mutations: ui/Screen.tsx → ../db/mutations',
    ]);
  });

  it('counts type-only and dynamic imports: a layer that names another depends on it', () => {
    const typeAndDynamic: ImportGraph = new Map([
      ['domain/a.ts', [imp('../ui/router', 'ui/router.ts', { typeOnly: true })]],
      ['server/b.ts', [imp('../db/schema', 'db/schema.ts', { dynamic: true })]],
      ['ui/c.tsx', [imp('dexie', undefined, { typeOnly: true })]],
    ]);
    expect(layerViolations(typeAndDynamic)).toHaveLength(3);
  });
});

describe('import cycles', () => {
  it('src/ has none', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('reports a planted cycle, also through a type-only import', () => {
    const root = plantTree({
      'domain/a.ts': "import { b } from './b';\nexport const a = b;\n",
      'domain/b.ts': "import type { C } from './c';\nexport const b: C = 1;\n",
      'domain/c.ts': "import { a } from './a';\nexport type C = typeof a;\n",
      // A dynamic import is fetched when called: no load-order edge, no cycle.
      'ui/d.ts': "export const load = () => import('./e');\n",
      'ui/e.ts': "import { load } from './d';\nexport const e = load;\n",
    });
    expect(importCycles(importGraph(root))).toEqual([
      'domain/a.ts → domain/b.ts → domain/c.ts → domain/a.ts (through a type import)',
    ]);
  });

  it('reports a module that imports itself and a runtime cycle as such', () => {
    const cycles: ImportGraph = new Map([
      ['x.ts', [imp('./x', 'x.ts')]],
      ['y.ts', [imp('./z', 'z.ts')]],
      ['z.ts', [imp('./y', 'y.ts')]],
    ]);
    expect(importCycles(cycles)).toEqual(['x.ts → x.ts', 'y.ts → z.ts → y.ts']);
  });
});
