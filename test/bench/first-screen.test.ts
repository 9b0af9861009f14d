// @vitest-environment node
/** The first-screen weighing behind the size budget (first-screen.ts), on a made-up build. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstScreenJs, firstScreenKeys, gzipSize, type Manifest } from './first-screen';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_app.js'],
    dynamicImports: ['src/Dash.tsx'],
  },
  '_app.js': { file: 'assets/app.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js' },
  'src/Login.tsx': { file: 'assets/login.js', imports: ['_shared.js'] },
  'src/Dash.tsx': { file: 'assets/dash.js', imports: ['_big.js'] },
  '_big.js': { file: 'assets/big.js' },
};

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('first-screen JS', () => {
  it('counts the entry, its static imports and the first pages once each, never lazy chunks', () => {
    const keys = firstScreenKeys(manifest, { pages: ['src/Login.tsx', 'src/Units.tsx'] });
    expect([...keys]).toEqual([
      ['index.html', 'entry'],
      ['_app.js', 'static import'],
      ['_shared.js', 'static import'],
      ['src/Login.tsx', 'first page'],
    ]);
  });

  it('weighs the files gzip and names first pages that have no chunk of their own', () => {
    dir = mkdtempSync(join(tmpdir(), 'klinik-size-test-'));
    mkdirSync(join(dir, '.vite'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    const contents: Record<string, string> = {};
    for (const chunk of Object.values(manifest)) {
      contents[chunk.file] = `console.log(${JSON.stringify(chunk.file.repeat(50))});`;
      writeFileSync(join(dir, chunk.file), contents[chunk.file] ?? '');
    }
    const report = firstScreenJs(dir, { pages: ['src/Login.tsx', 'src/Units.tsx'] });
    const expected = ['assets/index.js', 'assets/app.js', 'assets/shared.js', 'assets/login.js'];
    expect(report.chunks.map((c) => c.file)).toEqual(expected);
    const gzip = expected.reduce((sum, f) => sum + gzipSize(Buffer.from(contents[f] ?? '')), 0);
    expect(report.totalGzipBytes).toBe(gzip);
    expect(report.pagesInEntry).toEqual(['src/Units.tsx']);
  });
});
