import { describe, expect, it } from 'vitest';
import { EMPTY_CLINIC_IDENTITY } from '../../../src/domain/clinic-identity';
import { UNIT_KINDS } from '../../../src/domain/unit-kinds';
import {
  minutesFileName,
  sessionWhen,
  shortKindLabel,
  signingLine,
  unitLine,
} from '../../../src/export/minutes/minutes-parts';
import { type Lang, type MessageKey, type Params, translate } from '../../../src/i18n';
import { SESSION } from './sample';

const t = (lang: Lang) => (key: MessageKey, params?: Params) => translate(lang, key, params);
const PONTIANAK = { ...EMPTY_CLINIC_IDENTITY, regionName: 'Kota Pontianak' };

describe('the unit line', () => {
  it('reads "Dinas Kesehatan (OPD)", not the long label with its abbreviation twice', () => {
    const unit = { name: 'Dinas Kesehatan', kind: 'opd' as const };
    expect(unitLine(unit, t('id'))).toBe('Dinas Kesehatan (OPD)');
    expect(unitLine(unit, t('en'))).toBe('Dinas Kesehatan (OPD)');
  });

  it('uses a short form for every kind, and leaves it out when the name says it', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const kind of UNIT_KINDS) {
        const short = shortKindLabel(translate(lang, `kind.${kind}`));
        expect(short).not.toMatch(/[()]/);
        expect(short.length).toBeGreaterThan(0);
      }
    }
    expect(unitLine({ name: 'Kelurahan Sungai Jawi', kind: 'kelurahan' }, t('id'))).toBe(
      'Kelurahan Sungai Jawi',
    );
    expect(unitLine({ name: 'UPT Puskesmas Siantan', kind: 'uptPuskesmas' }, t('en'))).toBe(
      'UPT Puskesmas Siantan',
    );
    expect(unitLine({ name: 'SMP Negeri 3', kind: 'sekolah' }, t('id'))).toBe('SMP Negeri 3 (Sekolah)');
  });
});

describe('the signing line', () => {
  it('reads "Pontianak, 4 Desember 2026" with long Indonesian or English month names', () => {
    expect(signingLine(PONTIANAK, '2026-12-04', 'id')).toBe('Pontianak, 4 Desember 2026');
    expect(signingLine(PONTIANAK, '2026-12-04', 'en')).toBe('Pontianak, 4 December 2026');
    expect(signingLine({ ...PONTIANAK, place: 'Sungai Raya' }, '2026-12-04', 'id')).toBe(
      'Sungai Raya, 4 Desember 2026',
    );
  });

  it('is just the date when the clinic has no place', () => {
    expect(signingLine(EMPTY_CLINIC_IDENTITY, '2026-12-04', 'id')).toBe('4 Desember 2026');
    expect(signingLine(PONTIANAK, '', 'id')).toBe('');
  });
});

describe('the date-and-time line', () => {
  it('adds the time of day when the session has one', () => {
    expect(sessionWhen(SESSION, 'id', t('id'))).toBe('Jumat, 4 Desember 2026');
    const timed = { ...SESSION, time: '09:30' };
    expect(sessionWhen(timed, 'id', t('id'))).toBe('Jumat, 4 Desember 2026, pukul 09.30');
    expect(sessionWhen(timed, 'en', t('en'))).toBe('Friday, 4 December 2026, at 09:30');
    expect(sessionWhen({ ...SESSION, time: '' }, 'id', t('id'))).toBe('Jumat, 4 Desember 2026');
  });
});

describe('the file name', () => {
  it('is notulen-<unit>-<date>.pdf in safe characters only', () => {
    expect(minutesFileName('Dinas Kesehatan', '2026-12-04')).toBe('notulen-dinas-kesehatan-2026-12-04.pdf');
    expect(minutesFileName('../../etc/Ünit: "Ω" <x>', '2026-12-04')).toBe(
      'notulen-etc-unit-x-2026-12-04.pdf',
    );
    expect(minutesFileName('', 'not a date')).toBe('notulen.pdf');
    const long = minutesFileName('Dinas '.repeat(40), '2026-12-04');
    expect(long).toMatch(/^notulen-[a-z0-9-]+-2026-12-04\.pdf$/);
    expect(long.length).toBeLessThan(90);
  });
});
