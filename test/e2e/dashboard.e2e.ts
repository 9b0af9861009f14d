/**
 * The coordinator's dashboard in real Chromium against the real server: after loading the demo
 * city and syncing, the 5D funnel and the "no innovation yet" list match what the server holds
 * (counted here from the sync API, independently of the dashboard code) and include the demo
 * generator's own figures; a figure's link opens the list behind it and on to the editor.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { generateDemoData } from '../../src/domain/demo';
import { uuidv7 } from '../../src/domain/ids';
import { STAGES, type StageKey } from '../../src/domain/stages';
import type { Change } from '../../src/protocol/protocol';
import { apiLogin, pullAll } from './api';
import { loadDemo, login } from './browser';
import { pagePerTest } from './page-per-test';
import { syncNow as syncPageNow } from './sync-page';

const baseURL = inject('baseURL');

const openPage = pagePerTest();

const syncNow = (page: Page) => syncPageNow(page, baseURL);

/** What the server holds, counted the plain way: live innovations of live units per stage. */
function countFromServer(changes: readonly Change[]) {
  const live = (table: string) => changes.filter((c) => c.table === table && !c.deleted);
  const units = live('units');
  const unitIds = new Set(units.map((u) => u.recordId));
  const innovations = live('innovations').filter((i) => unitIds.has(String(i.fields.unitId)));
  const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<StageKey, number>;
  for (const i of innovations) stages[i.fields.currentStage as StageKey]++;
  const withInnovation = new Set(innovations.map((i) => String(i.fields.unitId)));
  const without = units
    .filter((u) => !withInnovation.has(u.recordId))
    .map((u) => String(u.fields.name))
    .sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base', numeric: true }));
  return { stages, without, units: units.length };
}

describe('coordinator dashboard', () => {
  it('matches the demo data and the server, and a figure opens the list behind it', async () => {
    const tp = await openPage('tabletLandscape');
    const { page } = tp;
    await login(page, baseURL, 'koordinator', inject('adminPassword'));
    await loadDemo(page, baseURL);
    await syncNow(page);

    const server = countFromServer(
      await pullAll(await apiLogin(baseURL, 'koordinator', inject('adminPassword'))),
    );
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const demo = generateDemoData({ today, newId: uuidv7 });

    // Every year, so records made by other tests at any hour count the same way on both sides.
    await page.goto(`${baseURL}/dashboard?year=all`);
    await page.getByTestId('funnel').waitFor();
    for (const stage of STAGES) {
      const shown = Number(await page.getByTestId(`funnel-${stage}`).textContent());
      expect(shown, stage).toBe(server.stages[stage]);
      const fromDemo = demo.innovations.filter((i) => i.fields.currentStage === stage).length;
      expect(shown, `${stage} includes the demo city`).toBeGreaterThanOrEqual(fromDemo);
    }
    await expect(page.getByTestId('no-innovation-count').textContent()).resolves.toBe(
      `${server.without.length} dari ${server.units} unit belum memiliki inovasi`,
    );
    const demoUnitsWith = new Set(demo.innovations.map((i) => i.fields.unitId));
    const demoWithout = demo.units.filter((u) => !demoUnitsWith.has(u.id)).map((u) => u.fields.name);
    expect(demoWithout.length).toBeGreaterThan(0);
    for (const name of demoWithout) expect(server.without).toContain(name);

    // The count opens the full list of units without an innovation.
    await page.getByTestId('no-innovation-count').click();
    await page.waitForURL(/view=noInnovation/);
    const names = await page.locator('[data-testid="drill-down"] .list__title').allTextContents();
    expect(names).toEqual(server.without);

    // Back, then the Design bar: the innovations behind it, each opening its editor.
    await page.getByRole('link', { name: 'Kembali ke dasbor' }).click();
    await page.getByTestId('funnel').waitFor();
    await page.getByTestId('funnel-design').click();
    await page.waitForURL(/view=stage&stage=design/);
    const rows = page.locator('[data-testid="drill-down"] .list__title');
    await expect.poll(() => rows.count()).toBe(server.stages.design);
    await expect(page.getByTestId('drill-count').textContent()).resolves.toContain(
      `${server.stages.design} data`,
    );
    const name = await rows.first().textContent();
    await rows.first().click();
    await page.waitForURL(/\/innovations\/[\w-]+$/);
    await expect(page.getByLabel('Nama inovasi', { exact: true }).inputValue()).resolves.toBe(name);
  });
});
