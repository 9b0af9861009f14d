/**
 * The backup's integrity check: SHA-256 over a canonical JSON text of the payload (object keys
 * sorted at every level, no whitespace). Canonical, so re-indenting the file in an editor keeps
 * it valid, while any changed, added or removed value (a truncated download, a hand edit) does
 * not. Not a signature: it detects damage, not a determined forger.
 */

/** JSON text with sorted keys; `undefined` is dropped from objects and `null` in arrays, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export const CHECKSUM_PREFIX = 'sha256:';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `sha256:<hex>` of the canonical JSON of `payload`. */
export async function checksumOf(payload: unknown): Promise<string> {
  return `${CHECKSUM_PREFIX}${await sha256Hex(canonicalJson(payload))}`;
}
