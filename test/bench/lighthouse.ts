/**
 * `npm run lighthouse [-- --no-build]`: builds the app, starts the real server (test/e2e/server.ts)
 * and runs Lighthouse (default mobile form factor; performance, accessibility, best practices)
 * against the login page and two authenticated screens, /units and /dashboard.
 *
 * The app is behind a login whose session lives in IndexedDB, so the authenticated runs reuse a
 * Chromium profile: playwright-core logs in and loads the demo data in a persistent profile dir,
 * closes it, then Chromium is relaunched (chrome-launcher) on that same --user-data-dir and
 * Lighthouse runs with `disableStorageReset` so the session survives. The login page is measured
 * in a fresh profile with Lighthouse's normal storage reset (a first visit).
 *
 * Prints a table of scores and LCP/TBT/CLS plus the top failing audits per page, and writes the
 * summary to test-results/lighthouse.json. Not part of `npm test`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, login } from '../e2e/browser';
import { ensureChromium } from '../e2e/chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from '../e2e/server';

const OUT_FILE = join(ROOT, 'test-results', 'lighthouse.json');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** The flags from shared/TOOLCHAIN.md, with the new headless mode. */
const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const TOP_ISSUES = 3;

interface Target {
  name: string;
  path: string;
  authenticated: boolean;
}

const TARGETS: Target[] = [
  { name: 'login', path: '/', authenticated: false },
  { name: 'units', path: '/units', authenticated: true },
  { name: 'dashboard', path: '/dashboard', authenticated: true },
];

interface PageSummary {
  page: string;
  url: string;
  finalUrl: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: { lcpMs: number | null; tbtMs: number | null; cls: number | null };
  /** The LCP element's HTML snippet: shows which screen was really measured. */
  lcpElement: string | null;
  topIssues: { performance: string[]; accessibility: string[]; 'best-practices': string[] };
  runtimeError?: string;
  warnings: string[];
  seconds: number;
}

function log(line: string): void {
  console.log(`[lighthouse] ${line}`);
}

// Minimal shapes of the Lighthouse result we read (avoids depending on its internal type paths).
interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: {
    items?: { items?: { node?: { snippet?: string; selector?: string; nodeLabel?: string } }[] }[];
  };
}
interface LhAuditRef {
  id: string;
  weight: number;
  group?: string;
}
interface LhCategory {
  score: number | null;
  auditRefs: LhAuditRef[];
}
interface LhResult {
  finalDisplayedUrl: string;
  audits: Record<string, LhAudit>;
  categories: Record<string, LhCategory | undefined>;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
}

/** Failing audits of a category, most important first (weight, then how badly they fail). */
function topIssues(lhr: LhResult, category: string): string[] {
  const cat = lhr.categories[category];
  if (!cat) return [];
  return cat.auditRefs
    .filter((ref) => ref.group !== 'metrics' && ref.group !== 'hidden')
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      (x): x is { ref: LhAuditRef; audit: LhAudit } =>
        !!x.audit &&
        x.audit.score !== null &&
        x.audit.score < 0.9 &&
        ['binary', 'numeric', 'metricSavings'].includes(x.audit.scoreDisplayMode),
    )
    .sort((a, b) => b.ref.weight - a.ref.weight || (a.audit.score ?? 0) - (b.audit.score ?? 0))
    .slice(0, TOP_ISSUES)
    .map((x) => `${x.audit.title} [${x.audit.id}]`);
}

function metric(lhr: LhResult, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
}

/** Logs in as the coordinator and loads the demo city in a persistent profile, then closes it. */
async function prepareProfile(chromiumPath: string, baseURL: string, profileDir: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await login(page, baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
    await page.goto(`${baseURL}/settings`);
    const button = page.locator('[data-testid="load-demo"]');
    await button.waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      () => !(document.querySelector('[data-testid="load-demo"]') as HTMLButtonElement | null)?.disabled,
      undefined,
      { timeout: 15_000 },
    );
    await button.click();
    const confirm = page.locator('[data-testid="demo-confirm"] button').first();
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await page.locator('[data-testid="demo-result"]').waitFor({ timeout: 30_000 });
    // Visit the measured screens once so any lazy data loading settles before the profile closes.
    for (const target of TARGETS.filter((t) => t.authenticated)) {
      await page.goto(`${baseURL}${target.path}`);
      await page.locator('main#main').waitFor({ timeout: 15_000 });
    }
    log('Logged in and loaded the demo data in the Lighthouse profile.');
  } finally {
    await context.close();
  }
}

async function runLighthouse(
  chromiumPath: string,
  url: string,
  profileDir: string,
  keepStorage: boolean,
): Promise<LhResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    userDataDir: profileDir,
    logLevel: 'error',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      disableStorageReset: keepStorage,
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
    return result.lhr as unknown as LhResult;
  } finally {
    chrome.kill();
  }
}

function lcpElement(lhr: LhResult): string | null {
  const node = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (!node) return null;
  const label = (node.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 80);
  return `${node.selector ?? node.snippet ?? '?'} "${label}"`;
}

function fmt(value: number | null, digits = 0): string {
  return value === null ? '–' : value.toFixed(digits);
}

function printTable(rows: PageSummary[]): void {
  const header = ['page', 'performance', 'accessibility', 'best practices', 'LCP (ms)', 'TBT (ms)', 'CLS'];
  const body = rows.map((r) => [
    r.page,
    fmt(r.scores.performance),
    fmt(r.scores.accessibility),
    fmt(r.scores['best-practices']),
    fmt(r.metrics.lcpMs),
    fmt(r.metrics.tbtMs),
    fmt(r.metrics.cls, 3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of body) console.log(line(row));
  for (const r of rows) {
    console.log(`\n${r.page} (${r.finalUrl}, ${r.seconds.toFixed(1)} s)`);
    if (r.lcpElement) console.log(`  LCP element: ${r.lcpElement}`);
    if (r.runtimeError) console.log(`  runtime error: ${r.runtimeError}`);
    for (const warning of r.warnings) console.log(`  warning: ${warning}`);
    for (const cat of CATEGORIES) {
      const issues = r.topIssues[cat];
      console.log(`  ${cat}: ${issues.length ? issues.join('; ') : 'no failing audits'}`);
    }
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const build = !process.argv.includes('--no-build');
  const chromiumPath = ensureChromium();
  if (build) buildApp();
  const server = await startServer();
  const authProfile = mkdtempSync(join(tmpdir(), 'klinik-lh-auth-'));
  const rows: PageSummary[] = [];
  try {
    await prepareProfile(chromiumPath, server.baseURL, authProfile);
    for (const target of TARGETS) {
      const url = `${server.baseURL}${target.path}`;
      const profile = target.authenticated ? authProfile : mkdtempSync(join(tmpdir(), 'klinik-lh-fresh-'));
      const t0 = Date.now();
      log(`Running Lighthouse on ${target.path}…`);
      try {
        const lhr = await runLighthouse(chromiumPath, url, profile, target.authenticated);
        const score = (id: string) => {
          const s = lhr.categories[id]?.score;
          return typeof s === 'number' ? Math.round(s * 100) : null;
        };
        const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
        const warnings = [...lhr.runWarnings];
        if (target.authenticated && finalPath !== target.path) {
          warnings.push(`ended on ${finalPath}, not ${target.path}: was the session lost?`);
        }
        rows.push({
          page: target.name,
          url,
          finalUrl: lhr.finalDisplayedUrl,
          scores: {
            performance: score('performance'),
            accessibility: score('accessibility'),
            'best-practices': score('best-practices'),
          },
          metrics: {
            lcpMs: metric(lhr, 'largest-contentful-paint'),
            tbtMs: metric(lhr, 'total-blocking-time'),
            cls: metric(lhr, 'cumulative-layout-shift'),
          },
          lcpElement: lcpElement(lhr),
          topIssues: {
            performance: topIssues(lhr, 'performance'),
            accessibility: topIssues(lhr, 'accessibility'),
            'best-practices': topIssues(lhr, 'best-practices'),
          },
          ...(lhr.runtimeError
            ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` }
            : {}),
          warnings,
          seconds: (Date.now() - t0) / 1000,
        });
      } finally {
        if (!target.authenticated) rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.stop();
    rmSync(authProfile, { recursive: true, force: true });
  }

  printTable(rows);
  const totalSeconds = (Date.now() - started) / 1000;
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    OUT_FILE,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        formFactor: 'mobile',
        categories: CATEGORIES,
        totalSeconds,
        pages: rows,
      },
      null,
      2,
    )}\n`,
  );
  log(`Wrote ${relative(ROOT, OUT_FILE)} (total ${totalSeconds.toFixed(1)} s).`);
  if (rows.some((r) => r.runtimeError || r.warnings.some((w) => w.includes('session lost')))) {
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
