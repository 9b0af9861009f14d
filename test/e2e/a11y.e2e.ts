/**
 * Accessibility of every main screen, checked by axe-core inside real Chromium with the demo
 * city loaded: no serious or critical violation is allowed, in portrait or landscape.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, loadDemo, login, newPage, type TestPage, type ViewportName } from './browser';

const baseURL = inject('baseURL');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch(inject('chromiumPath'));
});
afterAll(async () => {
  await browser?.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The first link on the page whose href matches, once the page's live query has rendered it. */
async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    (source) =>
      [...document.querySelectorAll('main a[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .find((h) => new RegExp(source).test(h)) ?? null,
    pattern.source,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

describe.each<ViewportName>(['tabletLandscape', 'tabletPortrait'])('accessibility (%s)', (viewport) => {
  it('has no serious or critical axe violations on any main screen', async () => {
    const login1: TestPage = await newPage(browser, viewport);
    const found: Record<string, string[]> = {};
    try {
      const { page } = login1;
      await page.goto(`${baseURL}/`);
      await page.locator('input[name="password"]').waitFor();
      found.login = await seriousViolations(page);
      await login(page, baseURL, 'koordinator', inject('adminPassword'));
      await loadDemo(page, baseURL);

      const screens: [string, string][] = [
        ['units', '/units'],
        ['innovations', '/innovations'],
        ['sessions', '/sessions'],
        ['followUps', '/follow-ups'],
        ['dashboard', '/dashboard'],
        ['targets', '/targets'],
        ['settings', '/settings'],
        ['sync', '/sync'],
        ['conflicts', '/conflicts'],
        ['users', '/users'],
      ];
      await page.goto(`${baseURL}/units`);
      const unit = await firstHref(page, /^\/units\/[\w-]+$/);
      screens.push(['unit', unit]);
      await page.goto(`${baseURL}${unit}`);
      await page.locator('main h1').waitFor();
      const innovation = await firstHref(page, /^\/innovations\/[\w-]+$/);
      const session = await firstHref(page, /^\/sessions\/[\w-]+$/);
      screens.push(
        ['innovation', innovation],
        ['board', `${innovation}/board`],
        ['session', session],
        ['minutes', `${session}/minutes`],
        ['unitReport', `${unit}/report`],
      );
      for (const [name, path] of screens) {
        await page.goto(`${baseURL}${path}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        found[name] = await seriousViolations(page);
      }
    } finally {
      await login1.close();
    }
    // Every screen under the server's CSP (server/app.ts): not one violation.
    expect(
      login1.errors.filter((e) => e.startsWith('CSP violation')),
      'CSP violations',
    ).toEqual([]);
    const problems = Object.entries(found).filter(([, v]) => v.length > 0);
    expect(Object.fromEntries(problems)).toEqual({});
  });
});
