/**
 * Slows down password guessing. An attempt is counted when it starts, before the password is
 * checked (so 400 guesses sent at once are counted as 400, not as 0 while they all wait on the
 * hash), and refunded if it succeeds. Three counters, each over a 15-minute window:
 *
 * - per (username, address), the tight one: a few typos cost waits, then that address is refused
 *   for that account. It is per address so that someone guessing `koordinator` from one place
 *   cannot lock the coordinator out everywhere;
 * - per address, looser: one address spraying many usernames is refused past it;
 * - per username, loosest: many addresses guessing one account. Reaching it needs at least
 *   USER_MAX / PAIR_MAX distinct addresses (real ones: X-Forwarded-For is only believed behind
 *   TRUST_PROXY), and it bounds the guesses an account can get from a botnet.
 *
 * The wait grows with the pair's and the address's failures; the per-username count only refuses.
 */
export interface LoginAttempt {
  /** As typed, normalised (trimmed, lower case). */
  username: string;
  /** The client's address (see server/client-info.ts). */
  address: string;
}

export interface Throttle {
  /** Counts an attempt now. Milliseconds to wait before checking it, or -1: refuse it (uncounted). */
  begin(attempt: LoginAttempt, now: number): number;
  /** The attempt succeeded: refund it, and forget this account's failures from this address. */
  succeed(attempt: LoginAttempt): void;
}

export const FREE_ATTEMPTS = 3;
/** Failures of one username from one address before that pair is refused. */
export const MAX_ATTEMPTS = 10;
export const ADDRESS_MAX_ATTEMPTS = 30;
export const USER_MAX_ATTEMPTS = 100;
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_DELAY_MS = 4000;
/** Counters kept at most; the oldest go first (a spray of usernames can't grow memory). */
const MAX_KEYS = 50_000;

export interface ThrottleOptions {
  /** Wait after the first failure past the free ones; doubles with each further failure. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  pairMax?: number;
  addressMax?: number;
  userMax?: number;
}

export function createThrottle({
  baseDelayMs = 250,
  maxDelayMs = MAX_DELAY_MS,
  pairMax = MAX_ATTEMPTS,
  addressMax = ADDRESS_MAX_ATTEMPTS,
  userMax = USER_MAX_ATTEMPTS,
}: ThrottleOptions = {}): Throttle {
  const counts = new Map<string, { count: number; first: number }>();
  const countFor = (key: string, now: number) => {
    const f = counts.get(key);
    if (!f) return 0;
    if (now - f.first > WINDOW_MS) {
      counts.delete(key);
      return 0;
    }
    return f.count;
  };
  const keysOf = ({ username, address }: LoginAttempt) => {
    const user = username.slice(0, 64);
    const addr = address.slice(0, 64);
    return { pair: `p:${user}\n${addr}`, address: `a:${addr}`, user: `u:${user}` };
  };
  const refund = (key: string) => {
    const f = counts.get(key);
    if (f && --f.count <= 0) counts.delete(key);
  };
  return {
    begin(attempt, now) {
      const k = keysOf(attempt);
      const pair = countFor(k.pair, now);
      const address = countFor(k.address, now);
      if (pair >= pairMax || address >= addressMax || countFor(k.user, now) >= userMax) return -1;
      for (const key of [k.pair, k.address, k.user]) {
        const f = counts.get(key);
        if (f) f.count++;
        else counts.set(key, { count: 1, first: now });
      }
      for (const key of counts.keys()) {
        if (counts.size <= MAX_KEYS) break;
        counts.delete(key);
      }
      const n = Math.max(pair, address);
      return n < FREE_ATTEMPTS ? 0 : Math.min(maxDelayMs, baseDelayMs * 2 ** (n - FREE_ATTEMPTS));
    },
    succeed(attempt) {
      const k = keysOf(attempt);
      counts.delete(k.pair);
      refund(k.address);
      refund(k.user);
    },
  };
}
