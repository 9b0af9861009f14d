/**
 * Words a person reads (issue 13, "Field-ready"): Indonesian says "kata sandi", never "sandi" alone;
 * no screen names the server's settings or the machinery behind the app (IndexedDB, cache, service
 * worker, token, payload, sync queue…), in either language.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';

const catalogues = { id, en } as Record<'id' | 'en', Record<string, string>>;

/** Whole words or phrases, case-insensitive. */
const TECHNICAL = [
  'indexeddb',
  'localstorage',
  'dexie',
  'sqlite',
  'cache',
  'cached',
  'precache',
  'service worker',
  'workbox',
  'token',
  'payload',
  'queue',
  'queued',
  'sync queue',
  'outbox',
  'api',
  'endpoint',
  'http',
  'https',
  'mutation',
  'mutations',
  'cursor',
  'uuid',
  'schema',
  'hash',
  'timestamp',
  'null',
  'undefined',
  'id',
  'antrean',
  'antrian',
  'diantrekan',
  'kueri',
];

function hits(pattern: RegExp): string[] {
  return (['id', 'en'] as const).flatMap((lang) =>
    Object.entries(catalogues[lang])
      .filter(([, text]) => pattern.test(text))
      .map(([key, text]) => `${lang} ${key}: ${text}`),
  );
}

describe('person-facing words', () => {
  it('Indonesian says "kata sandi", never "sandi" alone', () => {
    expect(hits(/(?<!kata )\bsandi(nya)?\b/i).filter((h) => h.startsWith('id '))).toEqual([]);
    expect(id['auth.password']).toBe('Kata sandi');
    expect(id['users.password']).toBe('Kata sandi');
  });

  it('no message names a server setting (the login page is seen by every user)', () => {
    expect(hits(/KLINIK_|[A-Z]{3,}_[A-Z]{3,}/)).toEqual([]);
  });

  it.each(TECHNICAL)('no message uses the technical word "%s"', (word) => {
    const pattern = new RegExp(`(?<![\\w{])${word.replace(' ', '\\s+')}(?![\\w}])`, 'i');
    expect(hits(pattern)).toEqual([]);
  });
});
