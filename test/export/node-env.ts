/**
 * The shared setup (test/helpers/setup.ts) clears localStorage before each test; under
 * `@vitest-environment node` there is none, so give it an in-memory one. Import first.
 */
if (!('localStorage' in globalThis) || globalThis.localStorage === undefined) {
  const store = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return store.size;
    },
    clear: () => store.clear(),
    getItem: (k) => store.get(k) ?? null,
    key: (i) => [...store.keys()][i] ?? null,
    removeItem: (k) => {
      store.delete(k);
    },
    setItem: (k, v) => {
      store.set(k, String(v));
    },
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}
