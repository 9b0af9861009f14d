/**
 * Nothing on the units list or the dashboard moves while the page settles, even with the "ready
 * offline" notice appearing late (after the service worker registers, past `load`): the notices
 * float over the page (components/notices/NoticeStack.tsx). Sums the page's `layout-shift`
 * entries (Layout Instability API, buffered from navigation start) the way CLS counts them:
 * shifts right after a person's input are left out. Also the sync badge: it turns "Luring" as soon
 * as the browser loses its connection, not after the next request fails.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadDemo, login, VIEWPORTS } from './browser';
import { pagePerTest } from './page-per-test';

const baseURL = inject('baseURL');
const openPage = pagePerTest();

/** The most the sum may reach: Lighthouse's "good" CLS is 0.1; the goal here is none at all. */
const MAX_SHIFT = 0.01;

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift since navigation started, with the elements that moved. */
function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        const shifts: Shift[] = [];
        interface LayoutShiftEntry extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        }
        const describe = (node: Node | null | undefined): string => {
          if (!(node instanceof Element)) return node?.nodeName ?? '?';
          const cls = node.getAttribute('class');
          return `${node.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`;
        };
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LayoutShiftEntry[]) {
            if (entry.hadRecentInput) continue;
            shifts.push({
              value: entry.value,
              sources: (entry.sources ?? []).map(
                (s) =>
                  `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
              ),
            });
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the observer's first callback: one frame later they are in.
        requestAnimationFrame(() =>
          setTimeout(() => {
            observer.disconnect();
            resolve(shifts);
          }, 0),
        );
      }),
  );
}

const total = (shifts: Shift[]) => shifts.reduce((sum, s) => sum + s.value, 0);

/** Loads `path` and waits until the offline notice shows and the page has its data. */
async function openSettled(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${baseURL}${path}`);
  await page.getByTestId('offline-ready').waitFor({ timeout: 20_000 });
  await page.locator(ready).first().waitFor({ timeout: 20_000 });
  // Two frames after the last change so late renders (live queries, lazy parts) are painted.
  await page.evaluate(
    () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))),
  );
}

describe('no layout shift with the ready-offline notice showing', () => {
  // Tablets, and Lighthouse's phone (its mobile runs measure at 412 × 823).
  const sizes = {
    tabletPortrait: VIEWPORTS.tabletPortrait,
    tabletLandscape: VIEWPORTS.tabletLandscape,
    phone: { width: 412, height: 823 },
  };
  const pages: [string, string][] = [
    ['/units', '[data-testid="unit-row"]'],
    ['/dashboard', '[data-testid="funnel"]'],
  ];

  it('units and dashboard, tablet portrait and landscape and a phone: the shifts add up to < 0.01', async () => {
    const { page } = await openPage('tabletPortrait');
    await login(page, baseURL, 'koordinator', inject('adminPassword'));
    // The first install: the notice comes once the service worker has cached the app shell
    // (a page left before then never shows it, even on later loads: waiting avoids that race).
    await page.getByTestId('offline-ready').waitFor({ timeout: 30_000 });
    await loadDemo(page, baseURL);
    for (const [viewport, size] of Object.entries(sizes)) {
      await page.setViewportSize(size);
      for (const [path, ready] of pages) {
        await openSettled(page, path, ready);
        const shifts = await layoutShifts(page);
        expect(await page.getByTestId('offline-ready').isVisible(), `${path} notice`).toBe(true);
        expect(total(shifts), `${viewport} ${path}: ${JSON.stringify(shifts)}`).toBeLessThan(MAX_SHIFT);
        // Nothing wider than the screen (a wider page zooms out and moves everything).
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${viewport} ${path} width`,
        ).toBe(size.width);
      }
    }
  });
});

describe('sync badge and the connection', () => {
  it('shows "Luring" within a second of going offline, and leaves it when back online', async () => {
    const { page, context } = await openPage('tabletLandscape');
    await login(page, baseURL, 'koordinator', inject('adminPassword'));
    const state = () => page.locator('.sync-status').getAttribute('data-state');
    await expect.poll(state, { timeout: 20_000 }).toMatch(/^(synced|conflict|waiting)$/);
    await context.setOffline(true);
    const badge = page.getByTestId('sync-badge');
    await expect.poll(() => badge.textContent(), { timeout: 1_000, interval: 50 }).toContain('Luring');
    expect(await state()).toBe('offline');
    await context.setOffline(false);
    await expect.poll(() => badge.textContent(), { timeout: 20_000 }).not.toContain('Luring');
  });
});
