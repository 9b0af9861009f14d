import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, login, loadDemo } from '/work/wt-f/test/e2e/browser';
import { startServer, E2E_ADMIN_PASSWORD } from '/work/wt-f/test/e2e/server';
const server = await startServer();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
await login(page, server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
await page.getByTestId('offline-ready').waitFor({ timeout: 30000 });
await loadDemo(page, server.baseURL);
await page.waitForTimeout(5000);
await ctx.addInitScript(`
  window.__snaps = [];
  var desc = function (n) { return n && n.nodeType === 1 ? n.tagName + '.' + n.className + ' "' + (n.textContent || '').slice(0, 30) + '"' : String(n && n.nodeName); };
  new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.__snaps.push(e.value.toFixed(4) + ' @' + Math.round(e.startTime) + ': ' + e.sources.map(function (s) { return desc(s.node) + ' ' + JSON.stringify([Math.round(s.previousRect.x), Math.round(s.previousRect.y), Math.round(s.previousRect.width)]) + '→' + JSON.stringify([Math.round(s.currentRect.x), Math.round(s.currentRect.y), Math.round(s.currentRect.width)]); }).join(' ; ')); }); }).observe({ type: 'layout-shift', buffered: true });
`);
for (const p of ['/units', '/dashboard']) {
  await page.goto(server.baseURL + p);
  await page.waitForTimeout(4000);
  console.log(p + '\n' + (await page.evaluate('window.__snaps') as string[]).join('\n'));
}
await page.goto(server.baseURL + '/units'); await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/m-units.png' });
await b.close(); await server.stop();
