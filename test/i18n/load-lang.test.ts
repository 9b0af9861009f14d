/**
 * Loading the catalogues (src/i18n/index.ts): the entry holds only the first screen's
 * Indonesian messages; `loadLang` brings a whole language once. A fresh copy of the module is
 * imported here, since the test setup loads both languages for every other test.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshI18n() {
  vi.resetModules();
  return import('../../src/i18n');
}

describe('loadLang', () => {
  it('translates first-screen messages at once and the rest only after loading', async () => {
    const i18n = await freshI18n();
    expect(i18n.translate('id', 'nav.units')).toBe('Unit');
    // Under vitest (a dev build) a message that is not loaded yet throws instead of showing its key.
    expect(() => i18n.translate('id', 'dashboard.title')).toThrow(/not loaded/);
    await i18n.loadLang('id');
    expect(i18n.translate('id', 'dashboard.title')).toBe('Dasbor');
  });

  it('falls back to Indonesian until English has loaded, then speaks English', async () => {
    const i18n = await freshI18n();
    expect(i18n.translate('en', 'nav.units')).toBe('Unit');
    await i18n.loadLang('en');
    expect(i18n.translate('en', 'nav.settings')).toBe('Settings');
  });

  it('loads a language once, however often it is asked', async () => {
    const i18n = await freshI18n();
    const first = i18n.loadLang('en');
    expect(i18n.loadLang('en')).toBe(first);
    await first;
    await expect(i18n.loadLang('en')).resolves.toBeUndefined();
  });
});
