/**
 * Text as it is stored: one normal form on the server and on every device, so a hostile or
 * broken client can't store what renders as something else or breaks other tools. Both sides
 * normalise every string of a change before validating it, so they validate and store the same.
 *
 * - NFC, so "é" typed two ways is one string (search, sort and conflict checks agree);
 * - control characters (NUL and the rest of C0, and DEL) go, except tab and line feed; a carriage
 *   return becomes a line feed, so "\r\n" from a pasted Windows text is one line break;
 * - a lone surrogate (half of an emoji, not valid UTF-16) becomes U+FFFD, which SQLite, JSON
 *   encoders and exports all accept;
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) go: they make a
 *   text display in an order other than it is stored ("Trojan Source"), e.g. a name or a file
 *   name that reads differently from what it is.
 */

// Everything the slow path may change; most text has none of it and is only NFC-checked.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS_AND_BIDI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
// A whole pair is matched first and kept; what is left is a lone half.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

export function normaliseText(text: string): string {
  let s = text;
  if (SUSPECT.test(s)) {
    s = s
      .replace(SURROGATES, (m) => (m.length === 2 ? m : '\uFFFD'))
      .replace(/\r\n?/g, '\n')
      .replace(CONTROLS_AND_BIDI, '');
  }
  return s.normalize('NFC');
}

/**
 * Every string inside `value` (object values, array items, at any depth) normalised; object keys
 * are left as they are, so a key that is not a field name stays unknown and is refused. Returns
 * `value` itself when nothing changed. Callers bound the depth first (see json-depth.ts).
 */
export function normaliseStrings<T>(value: T): T {
  if (typeof value === 'string') return normaliseText(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const n = normaliseStrings(item);
      if (n !== item) changed = true;
      return n;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = normaliseStrings(v);
      if (n !== v) changed = true;
      // defineProperty: a `__proto__` key stays an own property (and is refused by validation).
      Object.defineProperty(out, k, { value: n, enumerable: true, writable: true, configurable: true });
    }
    return (changed ? out : value) as T;
  }
  return value;
}

// Characters that show nothing besides white space (JS \s covers Unicode spaces and U+FEFF): what
// normaliseText removes (controls, bidi controls), so raw and normalised text agree on blankness;
// soft hyphen, combining grapheme joiner, Hangul fillers, Mongolian vowel separator, zero-width
// space/non-joiner/joiner, LRM/RLM, word joiner and invisible operators, variation selectors.
const INVISIBLE: ReadonlySet<number> = new Set(
  [
    [0x00, 0x1f],
    [0x7f, 0x7f],
    [0x202a, 0x202e],
    [0x2066, 0x2069],
    [0xad, 0xad],
    [0x34f, 0x34f],
    [0x115f, 0x1160],
    [0x180e, 0x180e],
    [0x200b, 0x200f],
    [0x2060, 0x2064],
    [0x3164, 0x3164],
    [0xfe00, 0xfe0f],
    [0xffa0, 0xffa0],
  ].flatMap(([from = 0, to = 0]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)),
);

/** True when `text` shows nothing: empty, or only white space and invisible characters. */
export function isBlank(text: string): boolean {
  for (const ch of text) {
    if (!INVISIBLE.has(ch.codePointAt(0) ?? 0) && !/\s/.test(ch)) return false;
  }
  return true;
}
