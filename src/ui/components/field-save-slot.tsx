/**
 * The slot under a text control where an autosaved form shows its save state (form-save.tsx has
 * the why). Only this small part is in every form's bundle: the line itself, with its words, comes
 * with the <FormSave> that provides it, on the autosaved pages.
 */
import { type ComponentChildren, type ComponentType, createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';

export interface FieldSaveSlot {
  /** The field calling it shows the line now; the one that showed it hides it. */
  claim(hide: () => void): void;
  release(hide: () => void): void;
  Line: ComponentType;
}

export const FieldSaveContext = createContext<FieldSaveSlot | null>(null);

/**
 * For an editable text control: `onFocus` to put on it and the `line` to render right under it,
 * shown from when it takes focus inside a <FormSave> until another field of that form does;
 * nothing outside one.
 */
export function useFieldSaveLine(readOnly: boolean): {
  onFocus: (() => void) | undefined;
  line: ComponentChildren;
} {
  const slot = useContext(FieldSaveContext);
  const [shown, setShown] = useState(false);
  const hide = useCallback(() => setShown(false), []);
  useEffect(() => () => slot?.release(hide), [slot, hide]);
  if (slot === null || readOnly) return { onFocus: undefined, line: null };
  return {
    onFocus: () => {
      slot.claim(hide);
      setShown(true);
    },
    line: shown ? <slot.Line /> : null,
  };
}
