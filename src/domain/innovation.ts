import type { BaseRecord, Editable, IsoDate } from './record';
import { STAGES, type StageKey } from './stages';
import { URUSAN } from './urusan';
import {
  type Check,
  checks,
  type FieldError,
  MAX_LONG_TEXT,
  rowChecks,
  rowOf,
  type Schema,
  validateFields,
} from './validation';

export const TAHAPAN = ['inisiatif', 'ujiCoba', 'penerapan'] as const;
export const INISIATOR = ['kepalaDaerah', 'anggotaDprd', 'opd', 'asn', 'masyarakat'] as const;
export const JENIS = ['digital', 'nonDigital'] as const;
export const BENTUK = ['tataKelola', 'pelayananPublik', 'lainnya'] as const;
export type Tahapan = (typeof TAHAPAN)[number];
export type Inisiator = (typeof INISIATOR)[number];
export type Jenis = (typeof JENIS)[number];
export type Bentuk = (typeof BENTUK)[number];

export interface TeamMember {
  id: string;
  name: string;
  role: string;
}

/** An innovation and its IID profile. Choice fields are '' while the draft leaves them open. */
export interface Innovation extends BaseRecord {
  unitId: string;
  name: string;
  tahapan: Tahapan | '';
  inisiator: Inisiator | '';
  jenis: Jenis | '';
  bentuk: Bentuk | '';
  urusan: string;
  urusanLain: string[];
  trialDate: IsoDate;
  implementationDate: IsoDate;
  rancangBangun: string;
  tujuan: string;
  manfaat: string;
  hasil: string;
  anggaran: string;
  haki: string;
  penghargaan: string;
  team: TeamMember[];
  currentStage: StageKey;
}

export type InnovationFields = Editable<Innovation>;

export function newInnovationFields(
  partial: Partial<InnovationFields> & Pick<InnovationFields, 'unitId' | 'name'>,
): InnovationFields {
  return {
    tahapan: '',
    inisiator: '',
    jenis: '',
    bentuk: '',
    urusan: '',
    urusanLain: [],
    trialDate: '',
    implementationDate: '',
    rancangBangun: '',
    tujuan: '',
    manfaat: '',
    hasil: '',
    anggaran: '',
    haki: '',
    penghargaan: '',
    team: [],
    currentStage: 'drumUp',
    ...partial,
  };
}

/** The most members one innovation's team lists. */
export const MAX_TEAM = 100;

/** A team row, exactly: the keys of `TeamMember`, nothing else. */
const teamRow = rowOf({
  id: rowChecks.id,
  name: rowChecks.text(),
  role: rowChecks.text(),
} satisfies Record<keyof TeamMember, Check>);

const longText = checks.optionalText(MAX_LONG_TEXT);
export const innovationSchema: Schema<InnovationFields> = {
  unitId: checks.id(),
  name: checks.requiredText(),
  tahapan: checks.choice(TAHAPAN),
  inisiator: checks.choice(INISIATOR),
  jenis: checks.choice(JENIS),
  bentuk: checks.choice(BENTUK),
  urusan: checks.choice(URUSAN),
  urusanLain: checks.choiceList(URUSAN),
  trialDate: checks.date(),
  implementationDate: checks.date(),
  rancangBangun: longText,
  tujuan: longText,
  manfaat: longText,
  hasil: longText,
  anggaran: longText,
  haki: longText,
  penghargaan: longText,
  team: checks.rows(teamRow, MAX_TEAM),
  currentStage: checks.choice(STAGES, false),
};

/**
 * An implementation before the trial is not refused: the profile is filled in over weeks and a
 * refused date would be lost on the next reload. It is stored, shown as an error on the
 * implementation date, and keeps the profile from counting as complete (completeness.ts).
 */
export function implementationBeforeTrial(
  i: Pick<InnovationFields, 'trialDate' | 'implementationDate'>,
): boolean {
  return i.trialDate !== '' && i.implementationDate !== '' && i.implementationDate < i.trialDate;
}

/** The date pair's problem, on the field that shows it. */
export function innovationDateProblems(
  i: Pick<InnovationFields, 'trialDate' | 'implementationDate'>,
): FieldError[] {
  return implementationBeforeTrial(i)
    ? [{ field: 'implementationDate', code: 'implementationBeforeTrial' }]
    : [];
}

export function validateInnovation(
  patch: Partial<InnovationFields>,
  _current?: InnovationFields,
): FieldError[] {
  return validateFields(innovationSchema, patch);
}
