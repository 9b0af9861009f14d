/**
 * The measures taken in headless Chromium against the production build and the real server
 * holding the city: sync against its baseline, edit → durable against a bare put, the no-change
 * round trip (harness page, test/bench/harness), then the app itself: first sync after login,
 * opening screens, searching, and the XLSX export.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { SYNC_MEASURE } from '../../src/sync/runner';
import { login, newPage } from '../e2e/browser';
import { formatProfile, summarizeCpuProfile } from './cpu-profile';
import { allowNamedFunctions, timeClick, timeColdLoad, timeSearch } from './in-page';
import { type BenchLine, median, quantile } from './stats';

export interface BrowserBenchOptions {
  browser: Browser;
  baseURL: string;
  adminPassword: string;
  /** A coordinator token for the harness (the app logs in through its own form). */
  token: string;
  /** Path (on the server) of the whole city as one JSON body of rows per table. */
  cityJsonPath: string;
  records: number;
  log: (line: string) => void;
  /** Initial-sync repetitions (each one moves the whole city). */
  syncRuns?: number;
  /** Write CPU profiles here: the first engine sync, the app's first sync, the second dashboard opening. */
  profileDir?: string;
  /** Which half to run: the harness measures, the app's screens, or both (default). */
  parts?: readonly ('harness' | 'app')[];
}

const HARNESS = '/test/bench/harness/index.html';
const GOAL_SCREEN_MS = 150;

type Harness = Window['klinikBench'];

/** Chromium's sampling profiler on the page's main thread (CDP), for `--profile`. */
export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfile(cdp: CDPSession, dir: string, name: string, log: (l: string) => void) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  log(`${name} profile (${file}):\n${formatProfile(summarizeCpuProfile(file, {}, 12))}`);
}

async function openHarness(browser: Browser, baseURL: string): Promise<Page> {
  const { page } = await newPage(browser);
  await page.goto(`${baseURL}${HARNESS}`);
  await page.waitForFunction(() => window.klinikBench?.ready === true);
  return page;
}

/** Sync (engine and baseline, interleaved), the no-change pass and edits: in the harness page. */
async function harnessLines(opts: BrowserBenchOptions): Promise<BenchLine[]> {
  const { browser, baseURL, token, cityJsonPath, records, log } = opts;
  const page = await openHarness(browser, baseURL);
  const runs = opts.syncRuns ?? 3;
  const engine: number[] = [];
  const baseline: number[] = [];
  let baselineDetail: Awaited<ReturnType<Harness['baselineSync']>> | undefined;
  let engineDetail: Awaited<ReturnType<Harness['engineSync']>> | undefined;
  for (let i = 0; i < runs; i++) {
    baselineDetail = await page.evaluate((url) => window.klinikBench.baselineSync(url), cityJsonPath);
    baseline.push(baselineDetail.ms);
    const profiler = i === 0 && opts.profileDir ? await startProfile(page) : null;
    const synced = await page.evaluate(([name, t]) => window.klinikBench.engineSync(name, t), [
      `bench-engine-${i}`,
      token,
    ] as const);
    if (profiler && opts.profileDir) await stopProfile(profiler, opts.profileDir, 'engine-sync', log);
    if (synced.pulled !== records) throw new Error(`engine pulled ${synced.pulled} of ${records} records`);
    engine.push(synced.ms);
    engineDetail = synced;
    log(
      `initial sync ${i + 1}/${runs}: engine ${synced.ms.toFixed(0)} ms (${synced.pages} pages, waiting for pulls ${synced.pullMs.toFixed(0)} ms), baseline ${baselineDetail.ms.toFixed(0)} ms`,
    );
  }
  const last = `bench-engine-${runs - 1}`;
  const noChange = await page.evaluate(([name, t]) => window.klinikBench.noChangeSync(name, t, 30), [
    last,
    token,
  ] as const);
  const edits = await page.evaluate((name) => window.klinikBench.edits(name, 1000, 50), last);
  log(`edits: ${edits.writePath.length} done, outbox ${edits.outbox}`);
  await page.context().close();

  const engineMs = median(engine);
  const baselineMs = median(baseline);
  const editMedian = median(edits.writePath);
  const mb = ((baselineDetail?.bytes ?? 0) / 1e6).toFixed(1);
  return [
    {
      name: `initial sync, sync engine (${records} records)`,
      value: engineMs,
      unit: 'ms',
      baseline: { name: 'one JSON + bulkPut per table', value: baselineMs },
      goal: { text: '≤ 1.5× baseline', met: engineMs <= 1.5 * baselineMs },
      note: `median of ${runs}; last run: ${engineDetail?.pages} pages, ${engineDetail?.pullMs.toFixed(0)} ms waiting for pulls; baseline: fetch ${baselineDetail?.fetchMs.toFixed(0)} ms, parse ${baselineDetail?.parseMs.toFixed(0)} ms, write ${baselineDetail?.writeMs.toFixed(0)} ms, ${mb} MB`,
    },
    {
      name: 'edit → durable, median (record + outbox)',
      value: editMedian,
      unit: 'ms',
      baseline: { name: 'bare Dexie put', value: median(edits.barePut) },
      goal: { text: '≤ 2 ms', met: editMedian <= 2 },
      note: '1,000 edits over 50 innovations',
    },
    {
      name: 'edit floor: one tx, read then write the row',
      value: median(edits.readThenWrite),
      unit: 'ms',
      baseline: { name: 'bare Dexie put', value: median(edits.barePut) },
      note: `p95 ${quantile(edits.readThenWrite, 0.95).toFixed(2)} ms: what any validated edit costs before its outbox row`,
    },
    {
      name: 'edit → durable, p95',
      value: quantile(edits.writePath, 0.95),
      unit: 'ms',
      baseline: { name: 'bare Dexie put p95', value: quantile(edits.barePut, 0.95) },
    },
    {
      name: 'no-change sync round trip, median',
      value: median(noChange),
      unit: 'ms',
      note: `p95 ${quantile(noChange, 0.95).toFixed(1)} ms over ${noChange.length} passes (push nothing, one pull)`,
    },
  ];
}

/** The app's first sync after logging in, with its screens live; then screens, search, export. */
async function appLines(opts: BrowserBenchOptions): Promise<BenchLine[]> {
  const { browser, baseURL, adminPassword, records, log } = opts;
  const { page, close, errors } = await newPage(browser, 'tabletLandscape');
  const lines: BenchLine[] = [];
  try {
    await allowNamedFunctions(page);
    const t0 = Date.now();
    await login(page, baseURL, 'koordinator', adminPassword);
    // The pass has just started; what it costs with the screens live is what the profile shows.
    const syncProfiler = opts.profileDir ? await startProfile(page) : null;
    const pass = await page.waitForFunction(
      (name) => {
        const entry = performance.getEntriesByName(name).at(-1) as PerformanceMeasure | undefined;
        const detail = entry?.detail as { pulled?: number } | undefined;
        return detail?.pulled ? { ms: entry?.duration ?? 0, pulled: detail.pulled } : false;
      },
      SYNC_MEASURE,
      { timeout: 300_000, polling: 100 },
    );
    const first = (await pass.jsonValue()) as { ms: number; pulled: number };
    if (syncProfiler && opts.profileDir)
      await stopProfile(syncProfiler, opts.profileDir, 'app-first-sync', log);
    log(
      `app first sync: ${first.pulled} records in ${first.ms.toFixed(0)} ms (${Date.now() - t0} ms from login)`,
    );
    if (first.pulled !== records) throw new Error(`app pulled ${first.pulled} of ${records} records`);
    lines.push({
      name: 'initial sync, app (login → synced, screens live)',
      value: first.ms,
      unit: 'ms',
      note: 'the runner’s pass (User Timing klinik:sync) while the units list re-renders',
    });

    const screen = (name: string, ms: number[], note: string): BenchLine => {
      const value = median(ms);
      return {
        name,
        value,
        unit: 'ms',
        goal: { text: `≤ ${GOAL_SCREEN_MS} ms`, met: value <= GOAL_SCREEN_MS },
        note: `median of ${ms.length}, max ${Math.max(...ms).toFixed(0)} ms; ${note}`,
      };
    };
    const nav = (href: string) => `header.topbar nav a[href="${href}"]`;
    const units: number[] = [];
    const dashboard: number[] = [];
    const editor: number[] = [];
    const unitsSearch: number[] = [];
    const innovationsList: number[] = [];
    const innovationsSearch: number[] = [];
    for (let i = 0; i < 5; i++) {
      const profiler = i === 1 && opts.profileDir ? await startProfile(page) : null;
      dashboard.push(await timeClick(page, nav('/dashboard'), '.dash-grid'));
      if (profiler && opts.profileDir) {
        await page.waitForTimeout(1000); // what runs right after the first paint counts too
        await stopProfile(profiler, opts.profileDir, 'open-dashboard', log);
      }
      units.push(await timeClick(page, nav('/units'), '[data-testid="unit-row"]', 50));
      await timeClick(page, '[data-testid="unit-row"] a', 'a[href^="/innovations/"]');
      editor.push(await timeClick(page, 'a[href^="/innovations/"]', '[data-testid="completeness"]'));
      await timeClick(page, nav('/units'), '[data-testid="unit-row"]', 50);
      const found = await timeSearch(
        page,
        'search input[type="search"]',
        '[data-testid="unit-row"]',
        'puskesmas',
      );
      unitsSearch.push(found.ms);
      innovationsList.push(await timeClick(page, nav('/innovations'), '[data-testid="innovation-row"]', 100));
      const matches = await timeSearch(
        page,
        'search input[type="search"]',
        '[data-testid="innovation-row"]',
        'puskesmas',
      );
      innovationsSearch.push(matches.ms);
    }
    lines.push(screen('open dashboard (from the menu)', dashboard, 'all figures of the city'));
    lines.push(screen('open units list (from the menu)', units, '50 units with counts'));
    lines.push(screen('open innovation editor (from a unit)', editor, 'IID profile form + completeness'));
    lines.push(screen('search units list', unitsSearch, '“puskesmas”'));
    lines.push(
      screen('open innovations list (from the menu)', innovationsList, '2,000 innovations, first 100 rows'),
    );
    lines.push(screen('search innovations list', innovationsSearch, '“puskesmas” in name or unit'));
    const cold: number[] = [];
    for (let i = 0; i < 3; i++)
      cold.push(await timeColdLoad(page, `${baseURL}/units`, '[data-testid="unit-row"]', 50));
    lines.push({
      name: 'reload app to units list (cold start)',
      value: median(cold),
      unit: 'ms',
      note: 'navigation start → 50 rows shown: JS, IndexedDB open, session, query',
    });

    await timeClick(page, nav('/dashboard'), '[data-testid="export-xlsx"]:not([disabled])');
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.getByTestId('export-xlsx').click(),
    ]);
    const exportMs = Date.now() - started;
    const path = await download.path();
    log(`xlsx export: ${exportMs} ms → ${path}`);
    lines.push({
      name: 'XLSX export of the whole city',
      value: exportMs,
      unit: 'ms',
      note: `click → file saved: ${download.suggestedFilename()}`,
    });
    if (errors.length) log(`page errors: ${errors.join(' | ')}`);
  } finally {
    await close();
  }
  return lines;
}

export async function runBrowserBench(opts: BrowserBenchOptions): Promise<BenchLine[]> {
  const parts = opts.parts ?? ['harness', 'app'];
  return [
    ...(parts.includes('harness') ? await harnessLines(opts) : []),
    ...(parts.includes('app') ? await appLines(opts) : []),
  ];
}
