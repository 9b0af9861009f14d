// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, loadLang, translate } from '../../src/i18n';
import { withTime } from '../../src/ui/components/sessions/session-when';

describe('formatDate: day before month in both languages', () => {
  it('Indonesian: 4 Des 2026', () => {
    expect(formatDate('id', '2026-12-04')).toBe('4 Des 2026');
  });
  it('English: 4 Dec 2026, never Dec 4, 2026', () => {
    expect(formatDate('en', '2026-12-04')).toBe('4 Dec 2026');
    expect(formatDate('en', '2026-04-12')).toBe('12 Apr 2026');
  });
  it('leaves an empty date empty', () => {
    expect(formatDate('en', '')).toBe('');
  });
});

describe('withTime: a session date with its pukul', () => {
  it('"4 Des 2026, pukul 09.30" and "4 Dec 2026, 09:30"; no time, no suffix', async () => {
    await Promise.all([loadLang('id'), loadLang('en')]);
    const t =
      (lang: 'id' | 'en') => (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
        translate(lang, key, p);
    expect(withTime(t('id'), 'id', formatDate('id', '2026-12-04'), '09:30')).toBe('4 Des 2026, pukul 09.30');
    expect(withTime(t('en'), 'en', formatDate('en', '2026-12-04'), '09:30')).toBe('4 Dec 2026, 09:30');
    expect(withTime(t('id'), 'id', '4 Des 2026', '')).toBe('4 Des 2026');
    expect(withTime(t('id'), 'id', '4 Des 2026', undefined)).toBe('4 Des 2026');
  });
});
