/**
 * How much JavaScript the first screen costs: the entry chunk, every chunk it imports statically
 * (the browser fetches those before running anything), and the chunks of the pages shown first,
 * the units list after login and the login page before it, when they are chunks of their own.
 * Dynamic imports (other pages, English, exceljs, the demo) load later and do not count.
 * Read from Vite's build manifest (`build.manifest: true`), so no bundler internals are involved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The most the first screen may send, gzip level 9, in kB of 1000 bytes (as Vite reports). Raised
 * from 60 by the trust round (issue 12): the permission matrix that decides what the units list
 * offers, the per-account draft journal and the storage-full path run before the first render.
 * What could load later was moved off (the logout panel, permission sentences, export helpers).
 * Raised to 64 by the field round (issue 13): the badge that turns "Luring" on the browser's
 * event, notices that float instead of shifting the page, Back to where the person came from,
 * the top bar's measured height for focus scrolling, and the save line under the field all act
 * on the first render; the draft-journal writer, held drafts and English plurals moved off.
 * The performance issue sets the next goal. Figures: test/bench/RESULTS.md.
 */
export const FIRST_SCREEN_BUDGET_KB = 64;
export const FIRST_SCREEN_BUDGET_BYTES = FIRST_SCREEN_BUDGET_KB * 1000;

/** The HTML page whose script starts the app: its key in the manifest. */
export const ENTRY_KEY = 'index.html';
/** Pages one of which is the first thing a user sees: units list (signed in), login (not yet). */
export const FIRST_SCREEN_PAGES: readonly string[] = [
  'src/ui/pages/UnitsPage.tsx',
  'src/ui/pages/LoginPage.tsx',
];

/** One record of `.vite/manifest.json` (only the fields the walk needs). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export type Reason = 'entry' | 'first page' | 'static import';

export interface ChunkSize {
  /** Path inside the dist directory, e.g. `assets/index-abc123.js`. */
  file: string;
  why: Reason;
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstScreenReport {
  chunks: ChunkSize[];
  totalRawBytes: number;
  totalGzipBytes: number;
  /** First-screen pages with no chunk of their own: they are inside the entry or a shared chunk. */
  pagesInEntry: string[];
}

export interface FirstScreenOptions {
  entry?: string;
  pages?: readonly string[];
}

export function readManifest(distDir: string): Manifest {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build with \`build.manifest: true\` (vite.config.ts).`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/**
 * The manifest keys of the first screen's chunks, in load order: the entry and the first pages,
 * each followed by what it imports statically, recursively; each chunk once.
 */
export function firstScreenKeys(manifest: Manifest, options: FirstScreenOptions = {}): Map<string, Reason> {
  const entry = options.entry ?? ENTRY_KEY;
  if (!manifest[entry]) throw new Error(`The manifest has no entry "${entry}".`);
  const found = new Map<string, Reason>();
  const visit = (key: string, why: Reason) => {
    if (found.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names "${key}" but has no record of it.`);
    found.set(key, why);
    for (const imported of chunk.imports ?? []) visit(imported, 'static import');
  };
  visit(entry, 'entry');
  for (const page of options.pages ?? FIRST_SCREEN_PAGES) {
    if (manifest[page]) visit(page, 'first page');
  }
  return found;
}

export function gzipSize(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Sizes of the first screen's JavaScript in `distDir` (a `vite build` output with its manifest). */
export function firstScreenJs(distDir: string, options: FirstScreenOptions = {}): FirstScreenReport {
  const manifest = readManifest(distDir);
  const chunks: ChunkSize[] = [];
  for (const [key, why] of firstScreenKeys(manifest, options)) {
    const file = manifest[key]?.file ?? key;
    const content = readFileSync(join(distDir, file));
    chunks.push({ file, why, rawBytes: content.length, gzipBytes: gzipSize(content) });
  }
  const pages = options.pages ?? FIRST_SCREEN_PAGES;
  return {
    chunks,
    totalRawBytes: chunks.reduce((sum, c) => sum + c.rawBytes, 0),
    totalGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    pagesInEntry: pages.filter((page) => !manifest[page]),
  };
}

/** `93665` → `"93.7"` (kB of 1000 bytes, one decimal). */
export function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
