/**
 * Autosave for a form bound to one record. What the user types lives in a local draft until
 * the table's edit command (db/commands/edits) has committed it to IndexedDB; only then does
 * the status say "saved". Invalid values stay on screen with their error and are never written.
 * Pending changes are flushed on blur, when the tab is hidden and when the form unmounts.
 *
 * A record not stored yet (a new session held in memory) comes with `start`: the first flush
 * creates the record with everything typed so far, later flushes edit it. Leaving without an
 * edit writes nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type AutosaveTable, EDIT_VERBS } from '../../db/commands/edits';
import { ValidationFailed } from '../../db/commands/errors';
import { journalCommitted, journalForget, journalPending } from '../../db/draft-journal-typing';
import { heldFields, holdRefused, releaseHeld } from '../../db/held-drafts';
import type { FieldsOf, RecordOf } from '../../domain/tables';
import { VALIDATORS } from '../../domain/tables';
import type { ErrorCode, FieldError } from '../../domain/validation';

export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export interface Autosave<T extends AutosaveTable> {
  /** The record as the user sees it: stored values overlaid with what is typed but not stored. */
  values: FieldsOf<T> | undefined;
  set: <K extends keyof FieldsOf<T>>(field: K, value: FieldsOf<T>[K]) => void;
  errors: Partial<Record<keyof FieldsOf<T>, ErrorCode>>;
  state: SaveState;
  savedAt: Date | null;
  flush: () => Promise<void>;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export interface AutosaveOptions<T extends AutosaveTable> {
  /** Given while `record` is not stored yet: writes it with these fields, on the first edit. */
  start?: ((fields: FieldsOf<T>) => Promise<void>) | undefined;
}

export function useAutosave<T extends AutosaveTable>(
  table: T,
  record: RecordOf<T> | undefined,
  options: AutosaveOptions<T> = {},
): Autosave<T> {
  type F = FieldsOf<T>;
  const startRef = useRef(options.start);
  startRef.current = options.start;
  /** Set once `start` has written the record: later saves are edits. */
  const started = useRef<Promise<void> | null>(null);
  const [draft, setDraft] = useState<Partial<F>>({});
  const [errors, setErrors] = useState<Partial<Record<keyof F, ErrorCode>>>({});
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const pending = useRef<Partial<F>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const recordRef = useRef(record);
  recordRef.current = record;
  const saving = useRef<Promise<void>>(Promise.resolve());
  /** Fields being written now; with `pending` and the refused ones, what the draft must keep. */
  const inFlight = useRef<Partial<F>>({});
  /** Fields written but not yet seen in `record`: cross-field checks must see them meanwhile. */
  const written = useRef<Partial<F>>({});
  /** Fields whose typed value was refused, and that value; in step with `errors` at once (not on render). */
  const refused = useRef(new Map<string, unknown>());
  const setRef = useRef<(field: keyof F, value: F[keyof F]) => void>(() => undefined);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const current = recordRef.current;
    const fields = pending.current;
    if (!current || Object.keys(fields).length === 0) return saving.current;
    pending.current = {};
    inFlight.current = { ...inFlight.current, ...fields };
    const landed = () => {
      const left = { ...inFlight.current };
      for (const k of Object.keys(fields) as (keyof F)[]) if (left[k] === fields[k]) delete left[k];
      inFlight.current = left;
    };
    setState('saving');
    // Chain saves so two flushes never race each other for the same record.
    const edit = EDIT_VERBS[table] as (id: string, f: Partial<F>) => Promise<void>;
    const start = startRef.current;
    const write = (): Promise<void> => {
      if (!start || started.current) return edit(current.id, fields);
      const creating = start({ ...stripped<F>(current), ...fields });
      started.current = creating;
      // A failed create is retried by the next save, with everything typed so far.
      return creating.catch((err: unknown) => {
        started.current = null;
        throw err;
      });
    };
    saving.current = saving.current
      .then(write)
      .finally(landed)
      .then(
        () => {
          // Written, but the record prop shows it only once the live query has read it back.
          written.current = { ...written.current, ...fields };
          journalCommitted(table, current.id, fields as Record<string, unknown>);
          setSavedAt(new Date());
          setState((s) => (s === 'saving' ? 'saved' : s));
        },
        (err: unknown) => {
          if (err instanceof ValidationFailed) {
            // Requeue the valid fields only: a refused value stays on screen with its message and
            // must not make every later save of the form fail with it.
            const bad = new Set(err.errors.map((e) => e.field));
            for (const f of bad) {
              const value = (fields as Record<string, unknown>)[f];
              refused.current.set(f, value);
              holdRefused(table, current.id, f, value);
            }
            journalForget(table, current.id, [...bad]);
            const good = Object.fromEntries(
              Object.entries(fields).filter(([k]) => !bad.has(k)),
            ) as Partial<F>;
            pending.current = { ...good, ...pending.current };
            setErrors((e) => ({ ...e, ...toErrorMap<F>(err.errors) }));
            setState('idle');
            if (Object.keys(good).length > 0)
              timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
          } else {
            // Keep the values: put them back in the queue so "Try again" or the next edit resends them.
            pending.current = { ...fields, ...pending.current };
            setState('failed');
          }
        },
      );
    return saving.current;
  }, [table]);

  const set = useCallback(
    <K extends keyof F>(field: K, value: F[K]) => {
      setDraft((d) => ({ ...d, [field]: value }));
      const current = recordRef.current;
      const validate = VALIDATORS[table] as (p: Partial<F>, c?: F) => FieldError[];
      // Check against what is stored plus what is being written and queued, so cross-field rules
      // (date order) see the values typed in the same save window and in a save not yet read back
      // (found: a next visit cleared, then a later session date refused against the old one).
      const base = current
        ? ({ ...(current as unknown as F), ...written.current, ...inFlight.current, ...pending.current } as F)
        : undefined;
      const fieldErrors = validate({ [field]: value } as unknown as Partial<F>, base);
      if (fieldErrors.length > 0) {
        const next = pending.current;
        delete next[field];
        refused.current.set(String(field), value);
        // The journaled value was replaced (by this refused one): it must never be replayed. It is
        // held instead, to be shown (not written) again after a reload, while the record is stored.
        if (current) {
          journalForget(table, current.id, [String(field)]);
          // An emptied field holds nothing typed: after a reload the stored value shows again.
          const typed = !(value === '' || (Array.isArray(value) && value.length === 0));
          if (typed && (!startRef.current || started.current))
            holdRefused(table, current.id, String(field), value);
          else releaseHeld(table, current.id, [String(field)]);
        }
        setErrors((e) => ({ ...e, [field]: fieldErrors[0]?.code }));
        return;
      }
      if (refused.current.delete(String(field)) && current) releaseHeld(table, current.id, [String(field)]);
      setErrors((e) => {
        if (!(field in e)) return e;
        const copy = { ...e };
        delete copy[field];
        return copy;
      });
      pending.current = { ...pending.current, [field]: value };
      // Synchronous copy: survives a tab closed before the debounced IndexedDB write commits.
      if (current) {
        const create = startRef.current && !started.current ? stripped<F>(current) : undefined;
        journalPending(table, current.id, pending.current as Record<string, unknown>, create);
      }
      setState('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
      // A value refused for clashing with another field (a next visit before the session date)
      // may be right now that this one changed: it saves, and its error goes, without retyping.
      if (!current) return;
      for (const [other, refusedValue] of [...refused.current]) {
        if (other === String(field)) continue;
        const now = {
          ...(current as unknown as F),
          ...written.current,
          ...inFlight.current,
          ...pending.current,
        } as F;
        if (validate({ [other]: refusedValue } as Partial<F>, now).length === 0) {
          setRef.current(other as keyof F, refusedValue as F[keyof F]);
        }
      }
    },
    [table, flush],
  );
  setRef.current = set;

  // Once the stored record shows a drafted value, the draft entry is no longer needed; nor is one
  // already written, when a later write (a command on the same record) replaced it before the
  // record was read again. Values still queued, in flight or refused stay on screen.
  useEffect(() => {
    if (!record) return;
    const seen = record as unknown as Record<string, unknown>;
    const unseen = Object.entries(written.current).filter(([k, v]) => !same(seen[k], v));
    written.current = Object.fromEntries(unseen) as Partial<F>;
    setDraft((d) => {
      const stored = record as unknown as Record<string, unknown>;
      const left = Object.entries(d).filter(
        ([k, v]) =>
          k in pending.current || (!same(stored[k], v) && (k in inFlight.current || refused.current.has(k))),
      );
      return left.length === Object.keys(d).length ? d : (Object.fromEntries(left) as Partial<F>);
    });
  }, [record]);

  // Values refused before a reload come back on screen through `set`: with their error, or saved
  // if they are valid now. Never replayed behind the form's back (db/draft-journal.ts).
  const restoredFor = useRef<string | null>(null);
  useEffect(() => {
    if (!record || restoredFor.current === record.id) return;
    restoredFor.current = record.id;
    const stored = record as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(heldFields(table, record.id))) {
      if (!Object.hasOwn(stored, field) || same(stored[field], value)) releaseHeld(table, record.id, [field]);
      else setRef.current(field as keyof F, value as F[keyof F]);
    }
  }, [record, table]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  const values = record ? ({ ...(record as unknown as F), ...draft } as F) : undefined;
  // A field still in error means something typed is not stored: say so whatever else saved.
  const shown: SaveState = state !== 'failed' && Object.keys(errors).length > 0 ? 'invalid' : state;
  return { values, set, errors, state: shown, savedAt, flush };
}

/** The record's editable fields, without id, version and the other bookkeeping. */
function stripped<F>(record: object): F {
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    deleted: _d,
    version: _v,
    ...fields
  } = record as Record<string, unknown>;
  return fields as F;
}

function toErrorMap<F>(errors: FieldError[]): Partial<Record<keyof F, ErrorCode>> {
  return Object.fromEntries(errors.map((e) => [e.field, e.code])) as Partial<Record<keyof F, ErrorCode>>;
}
