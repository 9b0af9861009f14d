/**
 * Slows down password guessing: after a few failures for one username (or one address) each
 * further attempt waits longer, and past a limit attempts are refused for a while.
 */
export interface Throttle {
  /** Milliseconds to wait before answering, or -1 when the caller must be refused. */
  delayFor(keys: string[], now: number): number;
  fail(keys: string[], now: number): void;
  succeed(keys: string[]): void;
}

export const FREE_ATTEMPTS = 3;
export const MAX_ATTEMPTS = 10;
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_DELAY_MS = 4000;

export interface ThrottleOptions {
  /** Wait after the first failure past the free ones; doubles with each further failure. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export function createThrottle({
  baseDelayMs = 250,
  maxDelayMs = MAX_DELAY_MS,
}: ThrottleOptions = {}): Throttle {
  const failures = new Map<string, { count: number; first: number }>();
  const countFor = (key: string, now: number) => {
    const f = failures.get(key);
    if (!f) return 0;
    if (now - f.first > WINDOW_MS) {
      failures.delete(key);
      return 0;
    }
    return f.count;
  };
  return {
    delayFor(keys, now) {
      const n = Math.max(0, ...keys.map((k) => countFor(k, now)));
      if (n >= MAX_ATTEMPTS) return -1;
      return n < FREE_ATTEMPTS ? 0 : Math.min(maxDelayMs, baseDelayMs * 2 ** (n - FREE_ATTEMPTS));
    },
    fail(keys, now) {
      for (const k of keys) {
        const f = failures.get(k);
        if (!f || now - f.first > WINDOW_MS) failures.set(k, { count: 1, first: now });
        else f.count++;
      }
      if (failures.size > 10_000) failures.clear(); // bound memory under a spray of usernames
    },
    succeed(keys) {
      for (const k of keys) failures.delete(k);
    },
  };
}
