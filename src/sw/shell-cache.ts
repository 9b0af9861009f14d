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

/** Paths (without Workbox's `__WB_REVISION__` query) held by the precache. */
export async function precachedPaths(): Promise<Set<string>> {
  const paths = new Set<string>();
  if (typeof caches === 'undefined') return paths;
  for (const name of await caches.keys()) {
    if (!name.startsWith(PRECACHE_PREFIX)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) paths.add(new URL(request.url).pathname);
  }
  return paths;
}

export async function isShellCached(doc: Document = document): Promise<boolean> {
  const cached = await precachedPaths();
  return shellPaths(doc).every((p) => cached.has(p));
}
