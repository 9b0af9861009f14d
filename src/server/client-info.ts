/**
 * Who is asking, and over what: the client's address (for the login throttle) and whether the
 * request came over TLS (for HSTS). Behind a reverse proxy the socket is the proxy's, so the
 * answers come from X-Forwarded-For / X-Forwarded-Proto, but only when the operator says a proxy
 * is there (TRUST_PROXY): otherwise anyone could write those headers, rotate X-Forwarded-For and
 * guess passwords without limit.
 *
 * TRUST_PROXY is the number of proxies in front of the server (usually 1). Each proxy appends the
 * address it received from to X-Forwarded-For, so the client is the entry that many places from
 * the right; entries further left were written by the client and are ignored.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** Reads TRUST_PROXY: unset, empty or 0 = no proxy; 1–10 = that many; anything else throws. */
export function parseTrustProxy(value: string | undefined): number {
  const v = (value ?? '').trim();
  if (v === '' || v === '0') return 0;
  if (/^([1-9]|10)$/.test(v)) return Number(v);
  throw new Error(
    `TRUST_PROXY must be the number of reverse proxies in front of the server (0-10, usually 1), not "${v.slice(0, 40)}".`,
  );
}

function socketOf(c: Context): (IncomingMessage['socket'] & { encrypted?: boolean }) | undefined {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket;
}

/** The entry `hops` places from the right of a comma list header, or the leftmost if shorter. */
function hopEntry(header: string | undefined, hops: number): string | undefined {
  if (!header) return undefined;
  const list = header
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length === 0 ? undefined : list[Math.max(0, list.length - hops)];
}

export function clientAddress(c: Context, trustProxy: number): string {
  if (trustProxy > 0) {
    const forwarded = hopEntry(c.req.header('x-forwarded-for'), trustProxy);
    if (forwarded) return forwarded;
  }
  return socketOf(c)?.remoteAddress ?? 'local';
}

/** True when the request reached us over TLS: our own socket, or the trusted proxy's says so. */
export function cameOverTls(c: Context, trustProxy: number): boolean {
  if (socketOf(c)?.encrypted === true) return true;
  return trustProxy > 0 && hopEntry(c.req.header('x-forwarded-proto'), trustProxy)?.toLowerCase() === 'https';
}
