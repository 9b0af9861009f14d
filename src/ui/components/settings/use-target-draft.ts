/**
 * The year's target before it exists. The form starts empty (no number, box unticked: the target
 * is "belum ditetapkan", and nothing on screen says otherwise). The record is created once a valid
 * proposal target is typed, with every valid value typed so far; edits typed while that write is
 * in flight follow it as patches. Once the record shows up in the live query, the form switches to
 * the ordinary autosave on that record.
 */
import { useRef, useState } from 'preact/hooks';
import { editTarget, setTarget } from '../../../db/commands/targets';
import { type TargetFields, validateTarget } from '../../../domain/target';
import type { ErrorCode } from '../../../domain/validation';
import type { SaveState } from '../../hooks/use-autosave';

/** A year without a target: no number (NaN, shown as an empty box), the box unticked. */
export function unsetTargetFields(year: number): TargetFields {
  return { year, proposalTarget: Number.NaN, onePerAgency: false, notes: '' };
}

export interface TargetDraft {
  values: TargetFields;
  set: <K extends keyof TargetFields>(field: K, value: TargetFields[K]) => void;
  errors: Partial<Record<keyof TargetFields, ErrorCode>>;
  state: SaveState;
  savedAt: Date | null;
}

export function useTargetDraft(year: number): TargetDraft {
  const [values, setValues] = useState<TargetFields>(() => unsetTargetFields(year));
  const [errors, setErrors] = useState<TargetDraft['errors']>({});
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  /** Only valid values: what the record is created with. */
  const valid = useRef<TargetFields>(unsetTargetFields(year));
  const created = useRef<Promise<string> | null>(null);

  const set = <K extends keyof TargetFields>(field: K, value: TargetFields[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    // An emptied number box on a target not set yet is simply "not set", not an error.
    const cleared = field === 'proposalTarget' && Number.isNaN(value) && !created.current;
    const code = cleared ? undefined : validateTarget({ [field]: value })[0]?.code;
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
    // No number yet: nothing to set, the other fields wait in the draft.
    if (!created.current && Number.isNaN(valid.current.proposalTarget)) {
      setState('idle');
      return;
    }
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
