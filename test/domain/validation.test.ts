import { describe, expect, it } from 'vitest';
import {
  checks,
  isOptionalDate,
  MAX_ID_LENGTH,
  MAX_SHORT_TEXT,
  rowChecks,
  rowOf,
  validateComplete,
  validateFields,
} from '../../src/domain/validation';

describe('isOptionalDate', () => {
  it.each(['', '2026-01-31', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %j', (v) => {
    expect(isOptionalDate(v)).toBe(true);
  });

  it.each([
    ['a day that does not exist', '2026-02-30'],
    ['29 February of a common year', '2025-02-29'],
    ['1900, not a leap year', '1900-02-29'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-01-00'],
    ['day 32', '2026-01-32'],
    ['no padding', '2026-1-5'],
    ['a time part', '2026-01-05T10:00'],
    ['slashes', '05/01/2026'],
    ['spaces', ' 2026-01-05'],
  ])('refuses %s', (_, v) => {
    expect(isOptionalDate(v)).toBe(false);
  });

  it.each([null, undefined, 20260105, new Date()])('refuses the non-string %j', (v) => {
    expect(isOptionalDate(v)).toBe(false);
  });
});

describe('checks', () => {
  it('requiredText: text passes; blank, missing and too long fail', () => {
    const check = checks.requiredText(10);
    expect(check('Dinkes')).toBeNull();
    expect(check('')).toBe('required');
    expect(check('   ')).toBe('required');
    // Found: a name of only a zero-width space was accepted. Text that shows nothing is blank.
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\uFEFF', ' \u200B\t\n', '\u00A0\u2060\u3000'])
      expect(check(invisible), JSON.stringify(invisible)).toBe('required');
    expect(check('\u200BA')).toBeNull();
    expect(check(undefined)).toBe('required');
    expect(check(42)).toBe('required');
    expect(check('a'.repeat(11))).toBe('tooLong');
    expect(check('a'.repeat(10))).toBeNull();
    expect(checks.requiredText()('a'.repeat(MAX_SHORT_TEXT + 1))).toBe('tooLong');
  });

  it('optionalText: empty passes; non-strings and too long fail', () => {
    const check = checks.optionalText(5);
    expect(check('')).toBeNull();
    expect(check('abcde')).toBeNull();
    expect(check('abcdef')).toBe('tooLong');
    expect(check(null)).toBe('required');
  });

  it('date and requiredDate', () => {
    expect(checks.date()('')).toBeNull();
    expect(checks.date()('2026-02-28')).toBeNull();
    expect(checks.date()('2026-02-30')).toBe('invalidDate');
    expect(checks.requiredDate()('')).toBe('required');
    expect(checks.requiredDate()(undefined)).toBe('required');
    expect(checks.requiredDate()('2026-02-30')).toBe('invalidDate');
    expect(checks.requiredDate()('2026-03-01')).toBeNull();
  });

  it('choice: listed values pass, others fail; empty only when allowed', () => {
    expect(checks.choice(['a', 'b'])('a')).toBeNull();
    expect(checks.choice(['a', 'b'])('')).toBeNull();
    expect(checks.choice(['a', 'b'])('c')).toBe('invalidChoice');
    expect(checks.choice(['a', 'b'], false)('')).toBe('invalidChoice');
    expect(checks.choice([1, 2], false)(2)).toBeNull();
    expect(checks.choice([1, 2], false)('2')).toBe('invalidChoice');
  });

  it('boolean', () => {
    expect(checks.boolean()(false)).toBeNull();
    expect(checks.boolean()('true')).toBe('invalidChoice');
  });

  it('stringList: short lists of short strings', () => {
    expect(checks.stringList(2)(['a', 'b'])).toBeNull();
    expect(checks.stringList(2)(['a', 'b', 'c'])).toBe('tooMany');
    expect(checks.stringList()(['a', 3])).toBe('invalidList');
    expect(checks.stringList()(['x'.repeat(201)])).toBe('tooLong');
    expect(checks.stringList()('a')).toBe('invalidList');
  });

  it('id and optionalId: references of at most MAX_ID_LENGTH', () => {
    expect(checks.id()('u-1')).toBeNull();
    expect(checks.id()('')).toBe('required');
    expect(checks.id()('\u200B')).toBe('required');
    expect(checks.id()(7)).toBe('required');
    expect(checks.id()('x'.repeat(MAX_ID_LENGTH))).toBeNull();
    expect(checks.id()('x'.repeat(MAX_ID_LENGTH + 1))).toBe('tooLong');
    expect(checks.optionalId()('')).toBeNull();
    expect(checks.optionalId()('x'.repeat(MAX_ID_LENGTH + 1))).toBe('tooLong');
  });

  it('idList and choiceList: bounded, distinct', () => {
    expect(checks.idList(2)(['a', 'b'])).toBeNull();
    expect(checks.idList(2)(['a', 'b', 'c'])).toBe('tooMany');
    expect(checks.idList(2)(['a', 'a'])).toBe('invalidList');
    expect(checks.idList(2)(['x'.repeat(MAX_ID_LENGTH + 1)])).toBe('invalidList');
    expect(checks.idList(2)([''])).toBe('invalidList');
    expect(checks.choiceList(['a', 'b'])(['b'])).toBeNull();
    expect(checks.choiceList(['a', 'b'])(['a', 'a'])).toBe('invalidList');
    expect(checks.choiceList(['a', 'b'])(['a', 'b', 'a'])).toBe('tooMany');
    expect(checks.choiceList(['a', 'b'])(['c'])).toBe('invalidList');
  });

  it('rows: every row must pass the row check, ids distinct, count bounded', () => {
    const row = rowOf({ id: rowChecks.id, name: rowChecks.text(5) });
    expect(checks.rows(row, 5)([{ id: '1', name: 'A' }])).toBeNull();
    expect(checks.rows(row, 5)([{ id: '1' }])).toBe('invalidList');
    expect(checks.rows(row, 5)([{ id: '1', name: { nested: true } }])).toBe('invalidList');
    expect(checks.rows(row, 5)([{ id: '1', name: 'A', extra: { nested: 'x' } }])).toBe('invalidList');
    expect(checks.rows(row, 5)([{ id: '1', name: 'A', isPrototypeOf: 'x' }])).toBe('invalidList');
    expect(checks.rows(row, 5)([JSON.parse('{"id":"1","name":"A","__proto__":{"x":1}}')])).toBe(
      'invalidList',
    );
    expect(checks.rows(row, 5)([{ id: '1', name: 'Abcdef' }])).toBe('tooLong');
    expect(checks.rows(row, 5)([{ id: 'x'.repeat(MAX_ID_LENGTH + 1), name: 'A' }])).toBe('invalidList');
    expect(checks.rows(row, 5)([{ id: '', name: 'A' }])).toBe('invalidList');
    expect(checks.rows(row, 5)([['1', 'A']])).toBe('invalidList');
    expect(
      checks.rows(
        row,
        5,
      )([
        { id: '1', name: 'A' },
        { id: '1', name: 'B' },
      ]),
    ).toBe('invalidList');
    expect(
      checks.rows(
        row,
        1,
      )([
        { id: '1', name: 'A' },
        { id: '2', name: 'B' },
      ]),
    ).toBe('tooMany');
    expect(checks.rows(row, 5)(null)).toBe('invalidList');
  });
});

describe('validateFields and validateComplete', () => {
  const schema = { name: checks.requiredText(), note: checks.optionalText() };

  it('checks only the fields present and reports unknown fields', () => {
    expect(validateFields(schema, { name: 'A' })).toEqual([]);
    expect(validateFields(schema, { name: '' })).toEqual([{ field: 'name', code: 'required' }]);
    expect(validateFields(schema, { name: 'A', extra: 1 })).toEqual([
      { field: 'extra', code: 'invalidChoice' },
    ]);
  });

  it('requires every field on create', () => {
    expect(validateComplete(schema, { name: 'A', note: '' })).toEqual([]);
    expect(validateComplete(schema, { name: 'A' })).toEqual([{ field: 'note', code: 'required' }]);
  });
});
