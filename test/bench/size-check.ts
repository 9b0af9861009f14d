/**
 * The first-screen JavaScript budget, as CI checks it: builds the app into a temporary folder
 * (never touching dist/), weighs the first screen (first-screen.ts), prints one line per chunk and
 * exits 1 above FIRST_SCREEN_BUDGET_KB gzip.
 *
 *   npx tsx test/bench/size-check.ts                # build, then check
 *   npx tsx test/bench/size-check.ts --dist dist    # check an existing build (with its manifest)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp, ROOT } from '../e2e/server';
import {
  FIRST_SCREEN_BUDGET_BYTES,
  FIRST_SCREEN_BUDGET_KB,
  FIRST_SCREEN_PAGES,
  type FirstScreenReport,
  firstScreenJs,
  kB,
} from './first-screen';

function parseArgs(argv: string[]): { dist?: string } {
  const at = argv.indexOf('--dist');
  if (at === -1) return {};
  const dist = argv[at + 1];
  if (!dist || dist.startsWith('--')) throw new Error('--dist needs a folder: --dist <dir>');
  return { dist: resolve(dist) };
}

function printTable(report: FirstScreenReport): void {
  const width = Math.max(...report.chunks.map((c) => c.file.length), 'total'.length);
  const row = (file: string, why: string, raw: string, gzip: string) =>
    console.log(`${file.padEnd(width)}  ${why.padEnd(13)}  ${raw.padStart(8)}  ${gzip.padStart(8)}`);
  row('file', 'why', 'raw kB', 'gzip kB');
  for (const c of report.chunks) row(c.file, c.why, kB(c.rawBytes), kB(c.gzipBytes));
  row('total', '', kB(report.totalRawBytes), kB(report.totalGzipBytes));
  if (report.pagesInEntry.length > 0) console.log(`(inside the entry: ${report.pagesInEntry.join(', ')})`);
}

function main(): number {
  // A renamed page would silently drop out of the walk: the list must name real files.
  const missing = FIRST_SCREEN_PAGES.filter((page) => !existsSync(join(ROOT, page)));
  if (missing.length > 0) {
    console.error(`FIRST_SCREEN_PAGES names files that do not exist: ${missing.join(', ')}`);
    return 1;
  }
  const { dist } = parseArgs(process.argv.slice(2));
  const outDir = dist ?? mkdtempSync(join(tmpdir(), 'klinik-size-'));
  try {
    if (!dist) buildApp(outDir);
    const report = firstScreenJs(outDir);
    printTable(report);
    if (report.totalGzipBytes > FIRST_SCREEN_BUDGET_BYTES) {
      console.error(
        `\nFirst screen JavaScript is ${kB(report.totalGzipBytes)} kB gzip, over the budget of ` +
          `${FIRST_SCREEN_BUDGET_KB} kB (test/bench/first-screen.ts). Load what the first screen ` +
          `does not need with import() (a page via the route table, ui/router.ts).`,
      );
      return 1;
    }
    console.log(`\nWithin the budget of ${FIRST_SCREEN_BUDGET_KB} kB gzip.`);
    return 0;
  } finally {
    if (!dist) rmSync(outDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
