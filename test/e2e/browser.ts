/**
 * playwright-core helpers for the e2e tests: Debian's Chromium with the flags this machine
 * needs, the tablet/laptop viewports, and pages that record console and page errors, and every
 * Content-Security-Policy violation: the server's policy (server/app.ts) must hold with zero
 * violations across the whole suite, so each one fails the test it happened in.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Flags from shared/TOOLCHAIN.md. Playwright adds --headless itself (launch option below). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORTS = {
  tabletPortrait: { width: 800, height: 1280 },
  tabletLandscape: { width: 1280, height: 800 },
  laptop: { width: 1440, height: 900 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Launches headless Chromium (a fresh temporary profile each time). */
export function launch(chromiumPath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, in order; a healthy page leaves it empty. */
  errors: string[];
  close(): Promise<void>;
}

/** Chromium's console line for a blocked load or inline script/style. */
const CSP_CONSOLE = /Content Security Policy|^Refused to /;

/**
 * Records console errors and uncaught exceptions of every page (and later tab) of the context.
 * Chromium's console lines about CSP are recorded as `CSP violation: …`.
 */
export function watchErrors(context: BrowserContext, errors: string[]): void {
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      const where = msg.location().url;
      const text = `${msg.text()}${where ? ` (${where})` : ''}`;
      if (CSP_CONSOLE.test(msg.text())) errors.push(`CSP violation: ${text}`);
      else if (msg.type() === 'error') errors.push(`console.error: ${text}`);
    });
    page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

/**
 * Records every `securitypolicyviolation` event of every page of the context into `errors`, as
 * `CSP violation: …` (the event also covers violations Chromium does not log to the console).
 * Call before the context opens its first page.
 */
export async function watchCsp(context: BrowserContext, errors: string[]): Promise<void> {
  await context.exposeBinding('__klinikCspViolation', (_source, text: string) => {
    errors.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __klinikCspViolation: (t: string) => void })
          .__klinikCspViolation;
        report(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      },
      true,
    );
  });
}

/**
 * A page in a fresh browser context (its own storage, IndexedDB and service workers), Indonesian
 * locale, at the given viewport.
 */
export async function newPage(
  browser: Browser,
  viewport: ViewportName = 'tabletLandscape',
): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const errors: string[] = [];
  watchErrors(context, errors);
  await watchCsp(context, errors);
  const page = await context.newPage();
  return { context, page, errors, close: () => context.close() };
}

/**
 * Logs in through the login page (the app's gate) and waits for the app shell. The session then
 * lives in the context's IndexedDB, so later page loads in the same context open the app directly.
 */
export async function login(page: Page, baseURL: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseURL}/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('header.topbar nav').waitFor({ timeout: 20_000 });
}

/**
 * Loads the demo city through Settings, as a user would. When the account already has data
 * (other e2e files share the server), the app asks first: confirm.
 */
export async function loadDemo(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}/settings`);
  const button = page.getByTestId('load-demo');
  await button.waitFor();
  await page.waitForFunction(
    () => !(document.querySelector('[data-testid="load-demo"]') as HTMLButtonElement | null)?.disabled,
  );
  await button.click();
  const confirm = page.locator('[data-testid="demo-confirm"] button').first();
  const done = page.getByText(/Data demo dimuat/);
  await Promise.race([confirm.waitFor(), done.waitFor()]);
  if (await confirm.isVisible()) await confirm.click();
  await done.waitFor({ timeout: 30_000 });
}
