/**
 * Timing helpers that run inside the page (passed to `page.evaluate`), so the clock that starts
 * and stops a measure is the page's own `performance.now()`, with no round trip to Node between.
 * "Shown" means: the awaited element is in the DOM and the browser has reached the next frame.
 */
import type { Page } from 'playwright-core';

/**
 * tsx (esbuild with keepNames) wraps named functions in a `__name(fn, "name")` helper that the
 * page does not have; evaluated code that declares functions needs a no-op one. Call once per page
 * (it also covers later navigations).
 */
export async function allowNamedFunctions(page: Page): Promise<void> {
  const script = 'globalThis.__name = globalThis.__name || ((fn) => fn);';
  await page.addInitScript(script);
  await page.evaluate(script);
}

/**
 * Clicks `clickSelector` and waits until `doneSelector` matches `minCount` elements; returns the
 * time from the click to the next frame after that.
 */
export async function timeClick(
  page: Page,
  clickSelector: string,
  doneSelector: string,
  minCount = 1,
  timeoutMs = 30_000,
): Promise<number> {
  return page.evaluate(
    ([click, done, min, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelector<HTMLElement>(click);
        if (!target) return reject(new Error(`nothing to click: ${click}`));
        const ready = () => document.querySelectorAll(done).length >= min;
        const t0 = performance.now();
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - t0));
        };
        const observer = new MutationObserver(() => ready() && finish());
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${done} not shown within ${timeout} ms`));
        }, timeout);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        target.click();
        if (ready()) finish();
      }),
    [clickSelector, doneSelector, minCount, timeoutMs] as const,
  );
}

/**
 * Types `text` into the search field as one input event (as a paste would) and waits until the
 * list shows only matching rows: at least one, and every `rowSelector` element contains the text
 * (ignoring case). Before typing some row must not match, or nothing would show the search ran.
 * Returns the time and the number of rows shown.
 */
export async function timeSearch(
  page: Page,
  inputSelector: string,
  rowSelector: string,
  text: string,
  timeoutMs = 30_000,
): Promise<{ ms: number; rows: number }> {
  return page.evaluate(
    ([input, rows, needle, timeout]) =>
      new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        const field = document.querySelector<HTMLInputElement>(input);
        if (!field) return reject(new Error(`no search field: ${input}`));
        const lower = needle.toLocaleLowerCase('id');
        const allMatch = () => {
          const shown = [...document.querySelectorAll(rows)];
          return (
            shown.length > 0 &&
            shown.every((row) => (row.textContent ?? '').toLocaleLowerCase('id').includes(lower))
          );
        };
        if (allMatch()) return reject(new Error(`every row already matches "${needle}": nothing to time`));
        const ready = allMatch;
        const t0 = performance.now();
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            resolve({ ms: performance.now() - t0, rows: document.querySelectorAll(rows).length }),
          );
        };
        const observer = new MutationObserver(() => ready() && finish());
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`search "${needle}" did not filter ${rows} within ${timeout} ms`));
        }, timeout);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        field.value = needle;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [inputSelector, rowSelector, text, timeoutMs] as const,
  );
}

/** Loads `url` afresh and returns the page's time from navigation start to `selector` shown. */
export async function timeColdLoad(page: Page, url: string, selector: string, minCount = 1): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    ([sel, min]) =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelectorAll(sel).length >= min) {
            requestAnimationFrame(() => resolve(performance.now()));
            return;
          }
          requestAnimationFrame(check);
        };
        check();
      }),
    [selector, minCount] as const,
  );
}
