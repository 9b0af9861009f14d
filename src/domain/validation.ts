/**
 * Pure validation building blocks. Validators return error codes, never messages: the UI maps
 * each code to a translated sentence (i18n keys `error.<code>`).
 */
import { isBlank } from './text';

export type ErrorCode =
  | 'required'
  | 'tooLong'
  | 'invalidDate'
  /** A time that is not `HH:MM` on a 24-hour clock. */
  | 'invalidTime'
  /** A typed date or time not (yet) written day-month-year or hour.minute. */
  | 'dateFormat'
  | 'timeFormat'
  | 'invalidChoice'
  | 'invalidNumber'
  | 'dateOrder'
  | 'invalidNip'
  | 'invalidYear'
  | 'invalidList'
  | 'tooMany'
  /** A link to a record that does not exist or that the writer may not see. */
  | 'unknownReference'
  /** An attendee's NIP that is neither empty nor exactly 18 digits. */
  | 'nipLength'
  /** A session whose next visit is before the session itself (names both dates in the UI). */
  | 'nextVisitBeforeSession'
  /** A session's follow-up due before the session was held. */
  | 'dueBeforeSession'
  /** An innovation implemented before its trial: stored, but its profile is not complete. */
  | 'implementationBeforeTrial';

export interface FieldError {
  field: string;
  code: ErrorCode;
}

export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 50_000;
/** Record ids, and ids inside records (rows, references): the protocol's id length. */
export const MAX_ID_LENGTH = 64;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for '' (not set) or a real calendar date `YYYY-MM-DD`. */
export function isOptionalDate(value: unknown): boolean {
  if (value === '') return true;
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** True for '' (not given) or a time `HH:MM`, 24-hour, 00:00–23:59 ('24:00' and '9:5' are not). */
export function isOptionalTime(value: unknown): boolean {
  return value === '' || (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value));
}

/** One field's check; `date` marks the checks of `YYYY-MM-DD` fields so lists of them derive from schemas. */
export type Check = ((value: unknown) => ErrorCode | null) & { readonly date?: true };

const dateCheck = (check: (value: unknown) => ErrorCode | null): Check =>
  Object.assign(check, { date: true as const });

const isId = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length <= MAX_ID_LENGTH;

/** A row inside a record's list (an attendee, a team member, a checklist item); null when valid. */
export type RowCheck = (row: unknown) => ErrorCode | null;

export const checks = {
  /** Required: not a string, or a text that shows nothing (spaces, zero-width characters), is `required`. */
  requiredText(max = MAX_SHORT_TEXT): Check {
    return (v) => {
      if (typeof v !== 'string' || isBlank(v)) return 'required';
      return v.length > max ? 'tooLong' : null;
    };
  },
  optionalText(max = MAX_SHORT_TEXT): Check {
    return (v) => {
      if (typeof v !== 'string') return 'required';
      return v.length > max ? 'tooLong' : null;
    };
  },
  /** A reference to another record (`unitId`, `innovationId`): required, at most MAX_ID_LENGTH. */
  id(): Check {
    return (v) => {
      if (typeof v !== 'string' || isBlank(v)) return 'required';
      return v.length > MAX_ID_LENGTH ? 'tooLong' : null;
    };
  },
  /** A reference that may be unset (''). */
  optionalId(): Check {
    return (v) => {
      if (typeof v !== 'string') return 'required';
      return v.length > MAX_ID_LENGTH ? 'tooLong' : null;
    };
  },
  date(): Check {
    return dateCheck((v) => (isOptionalDate(v) ? null : 'invalidDate'));
  },
  requiredDate(): Check {
    return dateCheck((v) =>
      v === '' || v === undefined ? 'required' : isOptionalDate(v) ? null : 'invalidDate',
    );
  },
  /** A time of day, `HH:MM` or '' (not given). */
  time(): Check {
    return (v) => (isOptionalTime(v) ? null : 'invalidTime');
  },
  choice(options: readonly (string | number)[], allowEmpty = true): Check {
    return (v) => {
      if (allowEmpty && v === '') return null;
      return options.includes(v as string | number) ? null : 'invalidChoice';
    };
  },
  boolean(): Check {
    return (v) => (typeof v === 'boolean' ? null : 'invalidChoice');
  },
  /** A list of short texts (facilitators' names). */
  stringList(maxItems = 100, maxLength = MAX_SHORT_TEXT): Check {
    return (v) => {
      if (!Array.isArray(v)) return 'invalidList';
      if (v.length > maxItems) return 'tooMany';
      if (!v.every((s) => typeof s === 'string')) return 'invalidList';
      return v.some((s: string) => s.length > maxLength) ? 'tooLong' : null;
    };
  },
  /** A list of distinct record ids (a session's innovations). */
  idList(maxItems: number): Check {
    return (v) => {
      if (!Array.isArray(v)) return 'invalidList';
      if (v.length > maxItems) return 'tooMany';
      return v.every(isId) && new Set(v).size === v.length ? null : 'invalidList';
    };
  },
  /** A list of distinct choices (an innovation's other urusan). */
  choiceList(options: readonly string[]): Check {
    return (v) => {
      if (!Array.isArray(v)) return 'invalidList';
      if (v.length > options.length) return 'tooMany';
      return v.every((c) => options.includes(c)) && new Set(v).size === v.length ? null : 'invalidList';
    };
  },
  /**
   * Rows (attendees, team, checklist): at most `maxItems`, each valid by `row` (see `rowOf`), ids
   * distinct, since the UI edits and the merge tells rows apart by id.
   */
  rows(row: RowCheck, maxItems: number): Check {
    return (v) => {
      if (!Array.isArray(v)) return 'invalidList';
      if (v.length > maxItems) return 'tooMany';
      const ids = new Set<unknown>();
      for (const r of v) {
        const code = row(r);
        if (code) return code;
        const id = (r as { id?: unknown }).id;
        if (ids.has(id)) return 'invalidList';
        ids.add(id);
      }
      return null;
    };
  },
};

/** Checks of a row's parts: a wrong type is a bad row (`invalidList`), not an empty field. */
export const rowChecks = {
  id: ((v) => (isId(v) ? null : 'invalidList')) as Check,
  text(max = MAX_SHORT_TEXT): Check {
    return (v) => (typeof v !== 'string' ? 'invalidList' : v.length > max ? 'tooLong' : null);
  },
  boolean: ((v) => (typeof v === 'boolean' ? null : 'invalidList')) as Check,
};

/**
 * A row of exactly the keys of `spec` (own properties: no more, no fewer), each checked by its
 * check. Extra keys are refused so a client can't hide data inside a record's rows.
 */
export function rowOf(spec: Readonly<Record<string, Check>>): RowCheck {
  const keys = Object.keys(spec);
  return (row) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'invalidList';
    const own = Object.keys(row);
    if (own.length !== keys.length || !keys.every((k) => Object.hasOwn(row, k))) return 'invalidList';
    for (const k of keys) {
      const code = (spec[k] as Check)((row as Record<string, unknown>)[k]);
      if (code) return code;
    }
    return null;
  };
}

/**
 * A record's schema: one check for each of its editable fields `F`, so a field added to the
 * record but not to its schema (or the other way round) fails `tsc`. Field lists (what a create
 * must carry, which fields are dates) are read off the schemas, never written out again.
 */
export type Schema<F> = { readonly [K in keyof F]-?: Check };

type AnySchema = Readonly<Record<string, Check>>;

/** The fields a schema checks, in its order. */
export function fieldNames<F>(schema: Schema<F>): (keyof F & string)[] {
  return Object.keys(schema) as (keyof F & string)[];
}

/** The fields a schema checks as dates (`YYYY-MM-DD` or '' when not set). */
export function dateFields<F>(schema: Schema<F>): (keyof F & string)[] {
  return fieldNames(schema).filter((f) => schema[f].date === true);
}

/**
 * Validates the fields present in `fields` (a patch or a whole record). Unknown fields are
 * reported as `invalidChoice` so a bad payload never slips extra data into storage.
 */
export function validateFields(schema: AnySchema, fields: Readonly<Record<string, unknown>>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(fields)) {
    // Own schema fields only: `schema[field]` for `__proto__`, `valueOf` or `isPrototypeOf` would
    // find Object.prototype's members (a crash, or a value stored unchecked).
    const check = Object.hasOwn(schema, field) ? schema[field] : undefined;
    if (!check) {
      errors.push({ field, code: 'invalidChoice' });
      continue;
    }
    const code = check(value);
    if (code) errors.push({ field, code });
  }
  return errors;
}

/** For creates: every schema field must be present, then each is checked. */
export function validateComplete(schema: AnySchema, fields: Readonly<Record<string, unknown>>): FieldError[] {
  const missing = Object.keys(schema)
    .filter((k) => !(k in fields))
    .map((field) => ({ field, code: 'required' as const }));
  return [...missing, ...validateFields(schema, fields)];
}
