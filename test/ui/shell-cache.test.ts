/**
 * "Ready offline" is said only when the running page's shell (index.html, its module scripts and
 * stylesheets) is in Workbox's precache, found by path whatever revision query Workbox added.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isShellCached } from '../../src/sw/shell-cache';

const ORIGIN = 'http://localhost:3000';

function pageWith(scripts: string[], styles: string[]): Document {
  const doc = document.implementation.createHTMLDocument('app');
  const base = doc.createElement('base');
  base.href = `${ORIGIN}/units`;
  doc.head.append(base);
  for (const src of scripts) {
    const el = doc.createElement('script');
    el.type = 'module';
    el.src = src;
    doc.head.append(el);
  }
  for (const href of styles) {
    const el = doc.createElement('link');
    el.rel = 'stylesheet';
    el.href = href;
    doc.head.append(el);
  }
  return doc;
}

/** A CacheStorage holding `urls` in one cache per entry of `byName`; counts what is asked. */
function stubCaches(byName: Record<string, string[]>) {
  const calls = { keys: 0, match: 0 };
  const store = (urls: string[]) => ({
    keys: vi.fn(async () => {
      calls.keys++;
      return urls.map((u) => new Request(u));
    }),
    match: vi.fn(async (url: string, options?: { ignoreSearch?: boolean }) => {
      calls.match++;
      const strip = (u: string) => (options?.ignoreSearch ? u.split('?')[0] : u);
      return urls.some((u) => strip(u) === strip(url)) ? new Response('') : undefined;
    }),
  });
  vi.stubGlobal('caches', {
    keys: async () => Object.keys(byName),
    open: async (name: string) => store(byName[name] ?? []),
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('isShellCached', () => {
  const doc = () => pageWith([`${ORIGIN}/assets/app-1.js`], [`${ORIGIN}/assets/app-1.css`]);

  it('finds index.html under its revision query, and the hashed assets, by path only', async () => {
    const calls = stubCaches({
      'workbox-precache-v2-x': [
        `${ORIGIN}/index.html?__WB_REVISION__=abc`,
        `${ORIGIN}/assets/app-1.js`,
        `${ORIGIN}/assets/app-1.css`,
        ...Array.from({ length: 80 }, (_, i) => `${ORIGIN}/assets/chunk-${i}.js`),
      ],
    });
    expect(await isShellCached(doc())).toBe(true);
    // Three lookups, no listing of the whole precache.
    expect(calls.match).toBe(3);
    expect(calls.keys).toBe(0);
  });

  it('says no when a piece is missing or only another cache has it', async () => {
    stubCaches({
      'workbox-precache-v2-x': [`${ORIGIN}/index.html?__WB_REVISION__=abc`, `${ORIGIN}/assets/app-1.js`],
      'runtime-images': [`${ORIGIN}/assets/app-1.css`],
    });
    expect(await isShellCached(doc())).toBe(false);
  });

  it('says no with no precache at all', async () => {
    stubCaches({});
    expect(await isShellCached(doc())).toBe(false);
  });
});
