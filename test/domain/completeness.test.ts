import { describe, expect, it } from 'vitest';
import { innovationCompleteness } from '../../src/domain/completeness';
import { type InnovationFields, newInnovationFields } from '../../src/domain/innovation';
import { completeProfile, words } from '../helpers/profiles';

const complete = (patch: Partial<InnovationFields> = {}): InnovationFields =>
  newInnovationFields({
    unitId: 'u1',
    name: 'SI-ANTRE',
    ...completeProfile,
    ...patch,
  });

describe('innovationCompleteness', () => {
  it('lists everything an empty draft lacks, in profile order', () => {
    const result = innovationCompleteness(newInnovationFields({ unitId: 'u1', name: '' }));
    expect(result.missing).toEqual([
      'name',
      'tahapan',
      'inisiator',
      'jenis',
      'bentuk',
      'urusan',
      'rancangBangun',
      'tujuan',
      'manfaat',
      'hasil',
    ]);
    expect(result).toMatchObject({ done: 0, total: 10, rancangBangunWords: 0 });
  });

  it('needs no dates at inisiatif', () => {
    expect(innovationCompleteness(complete())).toMatchObject({ missing: [], done: 10, total: 10 });
  });

  it('asks for the trial date from uji coba on', () => {
    const r = innovationCompleteness(complete({ tahapan: 'ujiCoba' }));
    expect(r.missing).toEqual(['trialDate']);
    expect(r.total).toBe(11);
    expect(innovationCompleteness(complete({ tahapan: 'ujiCoba', trialDate: '2026-01-05' })).missing).toEqual(
      [],
    );
  });

  it('asks for trial and implementation dates at penerapan', () => {
    expect(innovationCompleteness(complete({ tahapan: 'penerapan' })).missing).toEqual([
      'trialDate',
      'implementationDate',
    ]);
    const r = innovationCompleteness(
      complete({ tahapan: 'penerapan', trialDate: '2026-01-05', implementationDate: '2026-03-01' }),
    );
    expect(r).toMatchObject({ missing: [], done: 12, total: 12 });
  });

  it('counts the rancang bangun words against the 300-word minimum', () => {
    const short = innovationCompleteness(complete({ rancangBangun: words(299) }));
    expect(short.missing).toEqual(['rancangBangun']);
    expect(short.rancangBangunWords).toBe(299);
    expect(innovationCompleteness(complete({ rancangBangun: words(300) })).rancangBangunWords).toBe(300);
  });

  it('treats whitespace-only text as missing', () => {
    expect(innovationCompleteness(complete({ name: '  ', tujuan: '\n', hasil: ' ' })).missing).toEqual([
      'name',
      'tujuan',
      'hasil',
    ]);
  });
});
