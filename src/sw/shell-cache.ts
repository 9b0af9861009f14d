/**
 * Is the app shell of the page that is running now in the service worker's precache? Workbox
 * fills the precache during `install`, so an activated worker normally has it all; checking the
 * actual cache keeps the "ready offline" promise honest (a cleared or evicted cache says no).
 */

const PRECACHE_PREFIX = 'workbox-precache';

/** Same-origin paths the page needs to start: index.html, its module scripts and stylesheets. */
export function shellPaths(doc: Document = document): string[] {
  const paths = new Set<string>(['/index.html']);
  const add = (url: string) => {
    const u = new URL(url, doc.baseURI);
    if (u.origin === new URL(doc.baseURI).origin) paths.add(u.pathname);
  };
  for (const el of doc.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')) add(el.src);
  for (const el of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href]')) add(el.href);
  return [...paths];
}

/**
 * Looks up only the few shell paths (Cache.match, ignoring Workbox's revision query) rather than
 * listing the whole precache: this runs on every start until the notice is dismissed, and
 * listing and parsing every cached URL was a long task right after the first screen.
 */
export async function isShellCached(doc: Document = document): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  const names = (await caches.keys()).filter((name) => name.startsWith(PRECACHE_PREFIX));
  if (names.length === 0) return false;
  const stores = await Promise.all(names.map((name) => caches.open(name)));
  const origin = new URL(doc.baseURI).origin;
  const held = async (path: string) => {
    for (const store of stores)
      if (await store.match(`${origin}${path}`, { ignoreSearch: true })) return true;
    return false;
  };
  const found = await Promise.all(shellPaths(doc).map(held));
  return found.every(Boolean);
}
