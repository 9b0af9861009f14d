// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatDateEntry,
  formatTimeEntry,
  parseDateEntry,
  parseTimeEntry,
} from '../../src/domain/date-entry';
import { isOptionalTime } from '../../src/domain/validation';

const ok = (value: string) => ({ ok: true, value });
const format = { ok: false, problem: 'format' };
const invalid = { ok: false, problem: 'invalid' };

describe('parseDateEntry: day-month-year whatever the browser language', () => {
  it('reads day first with -, / , . or spaces, with or without leading zeros', () => {
    for (const typed of ['4-12-2026', '04-12-2026', '04/12/2026', '4.12.2026', '4 12 2026', '04122026']) {
      expect(parseDateEntry(typed), typed).toEqual(ok('2026-12-04'));
    }
  });
  it('never reads the month first: 12/04 is the 12th of April', () => {
    expect(parseDateEntry('12/04/2026')).toEqual(ok('2026-04-12'));
  });
  it('trims whitespace around the entry; empty means not set', () => {
    expect(parseDateEntry('  4-12-2026\t')).toEqual(ok('2026-12-04'));
    expect(parseDateEntry('')).toEqual(ok(''));
    expect(parseDateEntry('   ')).toEqual(ok(''));
  });
  it('takes a pasted YYYY-MM-DD (a 4-digit first group can only be a year)', () => {
    expect(parseDateEntry('2026-12-04')).toEqual(ok('2026-12-04'));
  });
  it('knows leap years', () => {
    expect(parseDateEntry('29-02-2024')).toEqual(ok('2024-02-29'));
    expect(parseDateEntry('29-02-2000')).toEqual(ok('2000-02-29'));
    expect(parseDateEntry('29-02-2026')).toEqual(invalid);
    expect(parseDateEntry('29-02-2100')).toEqual(invalid);
  });
  it('refuses dates off the calendar', () => {
    for (const typed of [
      '31-02-2026',
      '31-04-2026',
      '00-12-2026',
      '32-01-2026',
      '04-13-2026',
      '04-00-2026',
    ]) {
      expect(parseDateEntry(typed), typed).toEqual(invalid);
    }
  });
  it('refuses years out of range: a typo, not a visit', () => {
    expect(parseDateEntry('04-12-0202')).toEqual(invalid);
    expect(parseDateEntry('04-12-1899')).toEqual(invalid);
    expect(parseDateEntry('04-12-2101')).toEqual(invalid);
    expect(parseDateEntry('01-01-1900')).toEqual(ok('1900-01-01'));
    expect(parseDateEntry('31-12-2100')).toEqual(ok('2100-12-31'));
  });
  it('refuses 2-digit years explicitly (1926 or 2026?) and partial entries', () => {
    for (const typed of [
      '4-12-26',
      '4-12',
      '4-12-202',
      '04-1',
      '4/12/20266',
      '123-12-2026',
      'besok',
      '4-12-2026x',
    ]) {
      expect(parseDateEntry(typed), typed).toEqual(format);
    }
  });
  it('refuses a long paste without trying it', () => {
    expect(parseDateEntry(`4-12-2026${' '.repeat(100)}x`)).toEqual(format);
    expect(parseDateEntry('1'.repeat(10_000))).toEqual(format);
  });
});

describe('formatDateEntry', () => {
  it('shows a stored date day-month-year with zeros', () => {
    expect(formatDateEntry('2026-12-04')).toBe('04-12-2026');
    expect(formatDateEntry('')).toBe('');
  });
  it('round-trips with parseDateEntry', () => {
    for (const iso of ['2024-02-29', '2026-01-01', '2026-12-31']) {
      expect(parseDateEntry(formatDateEntry(iso))).toEqual(ok(iso));
    }
  });
});

describe('times (pukul), 24-hour', () => {
  it('reads 9.30, 09:30, 0930 and 9 30 as 09:30', () => {
    for (const typed of ['9.30', '09.30', '9:30', '09:30', '0930', ' 9 30 ', '9h30']) {
      expect(parseTimeEntry(typed), typed).toEqual(ok('09:30'));
    }
    expect(parseTimeEntry('')).toEqual(ok(''));
    expect(parseTimeEntry('23.59')).toEqual(ok('23:59'));
    expect(parseTimeEntry('0:00')).toEqual(ok('00:00'));
  });
  it('refuses times off the clock and partial entries', () => {
    for (const typed of ['24.00', '25:00', '12.60', '99.99'])
      expect(parseTimeEntry(typed), typed).toEqual(invalid);
    for (const typed of ['9', '9.3', '9:5', '930', '9.30 pagi', 'sore', '1'.repeat(100)]) {
      expect(parseTimeEntry(typed), typed).toEqual(format);
    }
  });
  it('shows 09.30 in Indonesian and 09:30 in English', () => {
    expect(formatTimeEntry('09:30', '.')).toBe('09.30');
    expect(formatTimeEntry('09:30', ':')).toBe('09:30');
    expect(formatTimeEntry('', '.')).toBe('');
  });
  it('stores only HH:MM or empty', () => {
    for (const v of ['', '00:00', '09:30', '23:59']) expect(isOptionalTime(v), v).toBe(true);
    for (const v of [
      '24:00',
      '9:5',
      '9:30',
      '09:60',
      '09.30',
      ' 09:30',
      930,
      null,
      undefined,
      ['09:30'],
      '0'.repeat(1000),
    ]) {
      expect(isOptionalTime(v), String(v)).toBe(false);
    }
  });
});
