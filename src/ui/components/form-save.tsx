/**
 * The autosave state where the person is typing. The page header's status scrolls away while a
 * long text is written, so the field of an autosaved form that last took focus shows the same
 * state in a line right under it ("Menyimpan…", "Tersimpan di perangkat ini · 10.42", "Belum
 * tersimpan…"); it says "saved" only when the hook does, after IndexedDB committed
 * (hooks/use-autosave.ts). The line stays when focus leaves for a button and moves when another
 * field of the form takes focus: hiding it on blur would shift the layout between a press and its
 * release, and the press would miss the button ("+ Tambah peserta" under the row typed in).
 *
 * The state travels through a small store, not a context value: fields (hundreds of attendee
 * inputs) read a context that never changes, and only the focused field's line re-renders when
 * the state does. The header keeps the live region; the line is visual and not announced twice.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { SaveState } from '../hooks/use-autosave';
import { useSaveText } from './SaveStatus';

interface Snapshot {
  state: SaveState;
  savedAt: Date | null;
}

interface SaveSource {
  get(): Snapshot;
  subscribe(listener: () => void): () => void;
  /** The field calling it shows the line now; the one that showed it hides it. */
  claim(hide: () => void): void;
  release(hide: () => void): void;
}

function createSaveSource(first: Snapshot): SaveSource & { set(next: Snapshot): void } {
  let current = first;
  const listeners = new Set<() => void>();
  let shownBy: (() => void) | null = null;
  return {
    get: () => current,
    claim(hide) {
      if (shownBy !== hide) shownBy?.();
      shownBy = hide;
    },
    release(hide) {
      if (shownBy === hide) shownBy = null;
    },
    set(next) {
      if (next.state === current.state && next.savedAt === current.savedAt) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const FormSaveContext = createContext<SaveSource | null>(null);

/** Wraps the fields of one autosaved form (`state` and `savedAt` from its useAutosave). */
export function FormSave({
  state,
  savedAt,
  children,
}: Snapshot & {
  children: ComponentChildren;
}) {
  const source = useMemo(() => createSaveSource({ state, savedAt }), []);
  useLayoutEffect(() => source.set({ state, savedAt }), [source, state, savedAt]);
  return <FormSaveContext.Provider value={source}>{children}</FormSaveContext.Provider>;
}

function FieldSaveLine({ source }: { source: SaveSource }) {
  const [{ state, savedAt }, setSnapshot] = useState(source.get);
  useEffect(() => {
    setSnapshot(source.get());
    return source.subscribe(() => setSnapshot(source.get()));
  }, [source]);
  const text = useSaveText(state, savedAt);
  return (
    <div
      class={`save-status save-status--${state} field__save`}
      data-testid="field-save-status"
      data-state={state}
    >
      <span class="save-status__dot" aria-hidden="true" />
      {text}
    </div>
  );
}

/**
 * For an editable text control: `onFocus` to put on it and the `line` to render right under it,
 * shown from when it takes focus inside a <FormSave> until another field of that form does;
 * nothing outside one.
 */
export function useFieldSaveLine(readOnly: boolean): {
  onFocus: (() => void) | undefined;
  line: ComponentChildren;
} {
  const source = useContext(FormSaveContext);
  const [shown, setShown] = useState(false);
  const hide = useCallback(() => setShown(false), []);
  useEffect(() => () => source?.release(hide), [source, hide]);
  if (source === null || readOnly) return { onFocus: undefined, line: null };
  return {
    onFocus: () => {
      source.claim(hide);
      setShown(true);
    },
    line: shown ? <FieldSaveLine source={source} /> : null,
  };
}
