/**
 * English counts agree with their number (issue 13: a tablet showed "1 innovations created",
 * "1 units", "1 rows"). Every English message is filled with 1 for each placeholder and must not
 * read "1 …s"; Indonesian, which has no plural forms, keeps its messages as they are.
 */
import { describe, expect, it } from 'vitest';
import { type MessageKey, translate } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';

const keys = Object.keys(en) as MessageKey[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] as string);
}
// Placeholders that hold a name, a date or a word, never a count.
const TEXT = new Set(
  'name date year what username field stage time when list label table version role roles reason owner id file error code a b verb value unit tahapan record part nip next format device current account index'.split(
    ' ',
  ),
);
function filled(key: MessageKey, n: number): string {
  const params = placeholders(en[key]).map((name) => [name, TEXT.has(name) ? 'X' : n]);
  return translate('en', key, Object.fromEntries(params));
}

// Words ending in "s" that are not plurals, and may follow a number.
const SINGULAR_S = new Set(['is', 'was', 'has', 'this', 'its', 'status', 'class']);
/** "1 changes", "1 open follow-ups", "1 of 1 units": the number, up to two words, a plural noun. */
function pluralAfterOne(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\d.,])1 ((?:[a-z-]+ ){0,2}?)([a-z-]+s)\b/gi)) {
    const word = (m[2] as string).toLowerCase();
    if (!SINGULAR_S.has(word)) return m[0];
  }
  return undefined;
}

describe('English plurals', () => {
  it('no English count message reads "1 …s"', () => {
    const wrong = keys
      .map((key) => [key, pluralAfterOne(filled(key, 1))] as const)
      .filter(([, found]) => found !== undefined);
    expect(wrong).toEqual([]);
  });

  it('picks the singular for 1 and the plural otherwise, with the number formatted', () => {
    expect(translate('en', 'export.rows', { n: 1 })).toBe('1 row');
    expect(translate('en', 'export.rows', { n: 2 })).toBe('2 rows');
    expect(translate('en', 'export.rows', { n: 1200 })).toBe('1,200 rows');
    expect(translate('en', 'dashboard.funnel.units', { n: 1 })).toBe('1 unit');
    expect(translate('en', 'dashboard.funnel.hint', { n: 1, year: '2026' })).toMatch(
      /^1 innovation created in 2026/,
    );
    expect(translate('en', 'dashboard.funnel.hint', { n: 0, year: '2026' })).toMatch(
      /^0 innovations created/,
    );
  });

  it('Indonesian messages stay plain: no plural syntax, the same words for 1 and 2', () => {
    for (const key of keys) expect(id[key]).not.toMatch(/, plural,/);
    expect(translate('id', 'export.rows', { n: 1 })).toBe('1 baris');
    expect(translate('id', 'export.rows', { n: 2 })).toBe('2 baris');
  });

  it('leaves a plural whose count is missing visible rather than guessing', () => {
    expect(translate('en', 'export.rows', {})).toMatch(/\{n, plural,/);
  });
});
