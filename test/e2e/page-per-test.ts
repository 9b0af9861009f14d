/**
 * The frame most end-to-end files share: one Chromium per file, a fresh page (its own context)
 * per test, closed after it, and a test fails on any console error, uncaught page error or
 * Content-Security-Policy violation (browser.ts records all three).
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launch, newPage, type TestPage, type ViewportName } from './browser';

/** Registers the hooks; call the returned function inside a test to open its page. */
export function pagePerTest(): (viewport?: ViewportName) => Promise<TestPage> {
  let browser: Browser | undefined;
  let current: TestPage | undefined;
  beforeAll(async () => {
    browser = await launch(inject('chromiumPath'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = current ? [...current.errors] : [];
    await current?.close();
    current = undefined;
    expect(errors, 'console errors, uncaught page errors or CSP violations').toEqual([]);
  });
  return async (viewport) => {
    if (!browser) throw new Error('pagePerTest: the browser is not running (call it inside a test)');
    current = await newPage(browser, viewport);
    return current;
  };
}
