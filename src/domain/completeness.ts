import { type InnovationFields, implementationBeforeTrial } from './innovation';
import { countWords, RANCANG_BANGUN_MIN_WORDS } from './words';

/** What an IID submission still lacks. Codes map to i18n keys `missing.<code>`. */
export type MissingCode =
  | 'name'
  | 'tahapan'
  | 'inisiator'
  | 'jenis'
  | 'bentuk'
  | 'urusan'
  | 'trialDate'
  | 'implementationDate'
  | 'rancangBangun'
  | 'tujuan'
  | 'manfaat'
  | 'hasil'
  /** Implementation before trial: both dates are there but cannot both be right. */
  | 'dateOrder';

export interface Completeness {
  missing: MissingCode[];
  /** Checks passed out of checks applicable, for a progress bar. */
  done: number;
  total: number;
  rancangBangunWords: number;
}

export function innovationCompleteness(i: InnovationFields): Completeness {
  const words = countWords(i.rancangBangun);
  const needed: [MissingCode, boolean][] = [
    ['name', i.name.trim() !== ''],
    ['tahapan', i.tahapan !== ''],
    ['inisiator', i.inisiator !== ''],
    ['jenis', i.jenis !== ''],
    ['bentuk', i.bentuk !== ''],
    ['urusan', i.urusan !== ''],
    // A trial date is asked once the innovation is past initiative; implementation once applied.
    ...(i.tahapan === 'ujiCoba' || i.tahapan === 'penerapan'
      ? ([['trialDate', i.trialDate !== '']] as [MissingCode, boolean][])
      : []),
    ...(i.tahapan === 'penerapan'
      ? ([['implementationDate', i.implementationDate !== '']] as [MissingCode, boolean][])
      : []),
    // Counted only while the stored pair is wrong: it holds the profile back from complete, and a
    // right pair changes no profile's totals.
    ...(implementationBeforeTrial(i) ? ([['dateOrder', false]] as [MissingCode, boolean][]) : []),
    ['rancangBangun', words >= RANCANG_BANGUN_MIN_WORDS],
    ['tujuan', i.tujuan.trim() !== ''],
    ['manfaat', i.manfaat.trim() !== ''],
    ['hasil', i.hasil.trim() !== ''],
  ];
  const missing = needed.filter(([, ok]) => !ok).map(([code]) => code);
  return { missing, done: needed.length - missing.length, total: needed.length, rancangBangunWords: words };
}
