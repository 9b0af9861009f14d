/**
 * The year's target before it exists: the first valid edit creates the record (setTarget),
 * edits typed while that write is in flight follow it as patches. Once the record shows up in
 * the live query, the form switches to the ordinary autosave on that record.
 */
import { useRef, useState } from 'preact/hooks';
import { editTarget, setTarget } from '../../../db/commands/targets';
import { type TargetFields, validateTarget } from '../../../domain/target';
import type { ErrorCode } from '../../../domain/validation';
import type { SaveState } from '../../hooks/use-autosave';

export function newTargetFields(year: number): TargetFields {
  return { year, proposalTarget: 100, onePerAgency: true, notes: '' };
}

export interface TargetDraft {
  values: TargetFields;
  set: <K extends keyof TargetFields>(field: K, value: TargetFields[K]) => void;
  errors: Partial<Record<keyof TargetFields, ErrorCode>>;
  state: SaveState;
  savedAt: Date | null;
}

export function useTargetDraft(year: number): TargetDraft {
  const [values, setValues] = useState<TargetFields>(() => newTargetFields(year));
  const [errors, setErrors] = useState<TargetDraft['errors']>({});
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  /** Only valid values: what the record is created with. */
  const valid = useRef<TargetFields>(newTargetFields(year));
  const created = useRef<Promise<string> | null>(null);

  const set = <K extends keyof TargetFields>(field: K, value: TargetFields[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    const code = validateTarget({ [field]: value })[0]?.code;
    if (code) {
      setErrors((e) => ({ ...e, [field]: code }));
      return;
    }
    setErrors((e) => {
      const copy = { ...e };
      delete copy[field];
      return copy;
    });
    valid.current = { ...valid.current, [field]: value };
    setState('saving');
    let write: Promise<unknown>;
    if (created.current) {
      write = created.current.then((id) => editTarget(id, { [field]: value }));
    } else {
      const creating = setTarget(valid.current);
      created.current = creating;
      // A failed create is retried by the next edit, with every valid value typed so far.
      write = creating.catch((err: unknown) => {
        if (created.current === creating) created.current = null;
        throw err;
      });
    }
    write.then(
      () => {
        setSavedAt(new Date());
        setState('saved');
      },
      () => setState('failed'),
    );
  };

  const shown: SaveState = state !== 'failed' && Object.keys(errors).length > 0 ? 'invalid' : state;
  return { values, set, errors, state: shown, savedAt };
}
