/**
 * `npm run bench`: the performance suite of issue 7. Builds the app for production (plus the
 * harness page), starts the real server on a throwaway SQLite file, puts the generated city on
 * it through the push API, then measures in headless Chromium and against the server, and
 * prints one table: each measure, its baseline from the same run, the ratio and the goal.
 * Not part of `npm test` (it takes minutes and its numbers depend on the machine); the size
 * budget of the first screen is checked in `npm test` by test/bench/size-check.ts.
 *
 * Options: --no-build (reuse test-results/bench-dist), --only browser|harness|app|typing|server|size,
 * --sync-runs N (initial-sync repetitions, default 3), --profile (CPU profiles, unminified build),
 * --seconds N (server load window, default 30; it runs twice: checkpoints inline, the baseline,
 * then in the worker, as served).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type Api, apiLogin } from '../e2e/api';
import { launch } from '../e2e/browser';
import { ensureChromium } from '../e2e/chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from '../e2e/server';
import { runBrowserBench } from './browser-bench';
import { writeCityJson } from './city-json';
import { cityData, recordCount, seedCity } from './dataset';
import { FIRST_SCREEN_BUDGET_BYTES, FIRST_SCREEN_BUDGET_KB, firstScreenJs } from './first-screen';
import { formatServerLoad, runServerLoad, type ServerLoadResult } from './server-load';
import { type BenchLine, formatTable } from './stats';
import { runTypingBench } from './typing';

const OUT_DIR = join(ROOT, 'test-results', 'bench-dist');
const CITY_JSON = '/bench/city.json';
const PROFILE_DIR = join(ROOT, 'test-results', 'profiles');

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** With `profile`, unminified, so the profile names our functions. */
function buildForBench(profile: boolean): void {
  const started = Date.now();
  log('vite build (production, with the harness page)…');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', KLINIK_BENCH: '1' };
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      OUT_DIR,
      '--emptyOutDir',
      ...(profile ? ['--minify', 'false'] : []),
    ],
    { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

async function main(): Promise<void> {
  const only = arg('--only');
  const profile = process.argv.includes('--profile');
  const lines: BenchLine[] = [];
  if (!process.argv.includes('--no-build')) buildForBench(profile);

  const serverLines: BenchLine[] = [];
  const sizeLines: BenchLine[] = [];
  // The server first, on a quiet machine; then the first screen's size; then the browser.
  if (!only || only === 'server') {
    const seconds = Number(arg('--seconds') ?? 30);
    const runs: Record<'worker' | 'inline', ServerLoadResult | undefined> = {
      worker: undefined,
      inline: undefined,
    };
    // The baseline first: the server as it was before checkpoints moved to a worker, same load.
    for (const checkpoint of ['inline', 'worker'] as const) {
      // Dirty pages left by earlier work (a build, Chromium's databases) written back now, not
      // during the window, where they would slow the server's fsyncs.
      spawnSync('sync');
      log(`server load, WAL checkpoints ${checkpoint}: 200 devices for ${seconds} s…`);
      const result = await runServerLoad({ seconds, checkpoint, log: (l) => log(`  ${l}`) });
      console.log(formatServerLoad(result));
      runs[checkpoint] = result;
    }
    const { worker, inline } = runs;
    if (worker && inline) {
      const base = 'checkpoints inline';
      serverLines.push(
        {
          name: `server: ${worker.devices} devices syncing, throughput`,
          value: worker.rps,
          unit: 'req/s',
          baseline: { name: base, value: inline.rps },
          goal: { text: '≥ 1,000 req/s', met: worker.rps >= 1000 },
          note: `offered ${worker.offeredRps} req/s open loop for ${worker.seconds.toFixed(0)} s; ${worker.pushes} pushes, ${worker.pulls} pulls`,
        },
        {
          name: 'server: latency p99 (from scheduled start)',
          value: worker.latencyMs.p99,
          unit: 'ms',
          baseline: { name: base, value: inline.latencyMs.p99 },
          goal: { text: '≤ 50 ms', met: worker.latencyMs.p99 <= 50 },
          note: `max ${worker.latencyMs.max.toFixed(0)} ms`,
        },
        {
          name: 'server: latency p50',
          value: worker.latencyMs.p50,
          unit: 'ms',
          baseline: { name: base, value: inline.latencyMs.p50 },
        },
        {
          name: 'server: errors',
          value: worker.errors,
          unit: '',
          goal: { text: 'none', met: worker.errors === 0 },
          note: `baseline ${inline.errors}; statuses ${JSON.stringify(worker.byStatus)}`,
        },
      );
    }
  }

  if ((!only || only === 'size') && !profile) {
    // The app's own build: the bench build has the harness page as a second entry, which
    // changes how Rolldown cuts shared chunks. The same build as `npm run test:size`.
    const sizeDir = mkdtempSync(join(tmpdir(), 'klinik-bench-size-'));
    let size: ReturnType<typeof firstScreenJs>;
    try {
      buildApp(sizeDir);
      size = firstScreenJs(sizeDir);
    } finally {
      rmSync(sizeDir, { recursive: true, force: true });
    }
    sizeLines.push({
      name: 'first screen JS, gzip',
      value: size.totalGzipBytes / 1000,
      unit: 'kB',
      goal: {
        text: `≤ ${FIRST_SCREEN_BUDGET_KB} kB (checked in npm test)`,
        met: size.totalGzipBytes <= FIRST_SCREEN_BUDGET_BYTES,
      },
      note: `${size.chunks.length} files, ${(size.totalRawBytes / 1000).toFixed(0)} kB raw: entry, its static imports, login page`,
    });
  }

  if (!only || ['browser', 'harness', 'app', 'typing'].includes(only)) {
    const chromiumPath = ensureChromium();
    const server = await startServer({ distDir: OUT_DIR });
    try {
      if (only === 'typing') {
        // Alone, on an otherwise empty server: only the records the typing cases need.
        const api = await apiLogin(server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
        const browser = await launch(chromiumPath);
        try {
          lines.push(...(await typingLines(browser, server.baseURL, api, profile)));
        } finally {
          await browser.close();
        }
        return finish(lines);
      }
      const data = cityData();
      const records = recordCount(data);
      const api = await apiLogin(server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
      let started = performance.now();
      await seedCity(api, data);
      const seedMs = performance.now() - started;
      log(`seeded ${records} records through /api/sync/push in ${seedMs.toFixed(0)} ms`);
      lines.push({
        name: `server: push the whole city (${records} creates)`,
        value: seedMs,
        unit: 'ms',
        note: 'one coordinator device, batches of ≤ 500 / 2 MB, SQLite synchronous=FULL',
      });
      started = performance.now();
      const city = await writeCityJson(api, join(OUT_DIR, CITY_JSON));
      log(
        `city.json: ${city.records} records, ${(city.bytes / 1e6).toFixed(1)} MB in ${(performance.now() - started).toFixed(0)} ms`,
      );
      const browser = await launch(chromiumPath);
      try {
        lines.push(
          ...(await runBrowserBench({
            browser,
            baseURL: server.baseURL,
            adminPassword: E2E_ADMIN_PASSWORD,
            token: api.token,
            cityJsonPath: CITY_JSON,
            records,
            log,
            syncRuns: Number(arg('--sync-runs') ?? 3),
            ...(profile ? { profileDir: PROFILE_DIR } : {}),
            parts: only === 'harness' || only === 'app' ? [only] : ['harness', 'app'],
          })),
        );
        if (!only || only === 'browser')
          lines.push(...(await typingLines(browser, server.baseURL, api, profile)));
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  }
  lines.push(...sizeLines, ...serverLines);
  finish(lines);
}

function typingLines(browser: Browser, baseURL: string, api: Api, profile: boolean): Promise<BenchLine[]> {
  log('typing: 30 keys per field, against a plain textarea…');
  return runTypingBench({
    browser,
    baseURL,
    adminPassword: E2E_ADMIN_PASSWORD,
    api,
    log,
    ...(profile ? { profileDir: PROFILE_DIR } : {}),
  });
}

function finish(lines: BenchLine[]): void {
  const table = formatTable(lines);
  console.log(`\nKlinik Inovasi benchmarks — ${new Date().toISOString()}\n${machine()}\n\n${table}\n`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench.json'),
    JSON.stringify({ at: new Date().toISOString(), machine: machine(), lines }, null, 2),
  );
  const missed = lines.filter((l) => l.goal && !l.goal.met);
  if (missed.length) log(`goals missed: ${missed.map((l) => l.name).join('; ')}`);
}

await main();
