import { describe, expect, it } from 'vitest';
import { isBlank, normaliseStrings, normaliseText } from '../../src/domain/text';

describe('normaliseText', () => {
  it('leaves ordinary text (with tabs, line breaks, emoji, Indonesian and other scripts) alone', () => {
    for (const s of ['', 'Dinas Kesehatan', 'a\tb\nc', 'Inovasi 🚀 👩🏽‍⚕️', 'שלום', 'نموذج', 'Café'])
      expect(normaliseText(s)).toBe(s);
  });

  it('composes to NFC', () => {
    expect(normaliseText('Cafe\u0301')).toBe('Caf\u00E9');
    expect(normaliseText('Cafe\u0301')).toBe(normaliseText('Caf\u00E9'));
  });

  it('strips NUL and the other C0 controls except tab and line feed; CR becomes LF', () => {
    expect(normaliseText('Dinas\u0000 Kesehatan')).toBe('Dinas Kesehatan');
    expect(normaliseText('a\u0001\u0007\u0008\u000B\u000C\u001B[31mb\u001F\u007F')).toBe('a[31mb');
    expect(normaliseText('satu\r\ndua\rtiga\n\tempat')).toBe('satu\ndua\ntiga\n\tempat');
  });

  it('replaces lone surrogates with U+FFFD and keeps real pairs', () => {
    expect(normaliseText('a\uD800b')).toBe('a\uFFFDb');
    expect(normaliseText('a\uDC00b')).toBe('a\uFFFDb');
    expect(normaliseText('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
    expect(normaliseText('end\uD83D')).toBe('end\uFFFD');
    expect(normaliseText('\uD83D\uDE80')).toBe('🚀');
    // The result is well-formed UTF-16: it survives a round trip through UTF-8.
    const out = normaliseText('x\uD800\uD83D\uDE80\uDFFFy');
    expect(new TextDecoder().decode(new TextEncoder().encode(out))).toBe(out);
  });

  it('strips bidi embeddings, overrides and isolates, keeps LRM/RLM marks', () => {
    const trojan = 'Admin\u202E\u2066txt.exe\u2069\u202C';
    expect(normaliseText(trojan)).toBe('Admintxt.exe');
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ])
      expect(normaliseText(`a${c}b`)).toBe('ab');
    expect(normaliseText('a\u200Eb\u200Fc')).toBe('a\u200Eb\u200Fc');
  });

  it('is idempotent', () => {
    const nasty = 'e\u0301\u0000\uD800\u202E\r\n\u200B';
    expect(normaliseText(normaliseText(nasty))).toBe(normaliseText(nasty));
  });
});

describe('normaliseStrings', () => {
  it('normalises every string at any depth and leaves keys, numbers and booleans alone', () => {
    const input = {
      name: 'A\u0000',
      n: 3,
      ok: true,
      none: null,
      attendees: [{ id: 'x', name: 'B\u202E', nested: { deep: ['C\uD800'] } }],
      'key\u0000': 'v',
    };
    expect(normaliseStrings(input)).toEqual({
      name: 'A',
      n: 3,
      ok: true,
      none: null,
      attendees: [{ id: 'x', name: 'B', nested: { deep: ['C\uFFFD'] } }],
      'key\u0000': 'v',
    });
  });

  it('returns the same object when nothing changes', () => {
    const clean = { name: 'A', rows: [{ id: '1' }] };
    expect(normaliseStrings(clean)).toBe(clean);
  });

  it('keeps a `__proto__` key an own property, so validation still sees and refuses it', () => {
    const out = normaliseStrings(JSON.parse('{"__proto__":"x\\u0000","a":"b\\u0000"}')) as object;
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe('isBlank', () => {
  it.each([
    '',
    ' ',
    '\t\n',
    '\u200B',
    '\u200C',
    '\u200D',
    '\uFEFF',
    '\u00A0',
    '\u2060',
    '\u3000',
    '\u200B \uFEFF',
    '\u202E\u0000',
    '\u2066\u2069\r',
  ])('counts %j as blank', (s) => expect(isBlank(s)).toBe(true));
  it.each(['a', ' a ', '\u200Ba', '0', '🚀', '\uD800'])('counts %j as text', (s) =>
    expect(isBlank(s)).toBe(false),
  );
});
