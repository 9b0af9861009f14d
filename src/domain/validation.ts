/**
 * Pure validation building blocks. Validators return error codes, never messages: the UI maps
 * each code to a translated sentence (i18n keys `error.<code>`).
 */
export type ErrorCode =
  | 'required'
  | 'tooLong'
  | 'invalidDate'
  | 'invalidChoice'
  | 'invalidNumber'
  | 'dateOrder'
  | 'invalidNip'
  | 'invalidYear'
  | 'invalidList'
  /** A link to a record that does not exist or that the writer may not see. */
  | 'unknownReference';

export interface FieldError {
  field: string;
  code: ErrorCode;
}

export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 50_000;

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

/** One field's check; `date` marks the checks of `YYYY-MM-DD` fields so lists of them derive from schemas. */
export type Check = ((value: unknown) => ErrorCode | null) & { readonly date?: true };

const dateCheck = (check: (value: unknown) => ErrorCode | null): Check =>
  Object.assign(check, { date: true as const });

export const checks = {
  requiredText(max = MAX_SHORT_TEXT): Check {
    return (v) => {
      if (typeof v !== 'string') return 'required';
      if (v.trim() === '') return 'required';
      return v.length > max ? 'tooLong' : null;
    };
  },
  optionalText(max = MAX_SHORT_TEXT): Check {
    return (v) => {
      if (typeof v !== 'string') return 'required';
      return v.length > max ? 'tooLong' : null;
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
  choice(options: readonly (string | number)[], allowEmpty = true): Check {
    return (v) => {
      if (allowEmpty && v === '') return null;
      return options.includes(v as string | number) ? null : 'invalidChoice';
    };
  },
  boolean(): Check {
    return (v) => (typeof v === 'boolean' ? null : 'invalidChoice');
  },
  stringList(maxItems = 100): Check {
    return (v) =>
      Array.isArray(v) && v.length <= maxItems && v.every((s) => typeof s === 'string' && s.length <= 200)
        ? null
        : 'invalidList';
  },
  /** Arrays of row objects (attendees, team, checklist) are checked by their own row validator. */
  rows(validateRow: (row: unknown) => boolean, maxItems = 200): Check {
    return (v) => (Array.isArray(v) && v.length <= maxItems && v.every(validateRow) ? null : 'invalidList');
  },
};

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

export function isRowWith(keys: readonly string[]): (row: unknown) => boolean {
  return (row) =>
    typeof row === 'object' &&
    row !== null &&
    keys.every((k) => k in row) &&
    Object.values(row).every((v) => ['string', 'boolean', 'number'].includes(typeof v));
}
