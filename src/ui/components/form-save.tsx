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
 * inputs) read a context that never changes (field-save-slot.tsx), and only the shown line
 * re-renders when the state does. The header keeps the live region; the line is visual and not announced twice.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { SaveState } from '../hooks/use-autosave';
import { FieldSaveContext, type FieldSaveSlot } from './field-save-slot';
import { useSaveText } from './SaveStatus';

interface Snapshot {
  state: SaveState;
  savedAt: Date | null;
}

interface SaveStore {
  get(): Snapshot;
  set(next: Snapshot): void;
  subscribe(listener: () => void): () => void;
}

function createSaveStore(first: Snapshot): SaveStore {
  let current = first;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
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

function FieldSaveLine({ store }: { store: SaveStore }) {
  const [{ state, savedAt }, setSnapshot] = useState(store.get);
  useEffect(() => {
    setSnapshot(store.get());
    return store.subscribe(() => setSnapshot(store.get()));
  }, [store]);
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

function createSlot(store: SaveStore): FieldSaveSlot {
  let shownBy: (() => void) | null = null;
  return {
    claim(hide) {
      if (shownBy !== hide) shownBy?.();
      shownBy = hide;
    },
    release(hide) {
      if (shownBy === hide) shownBy = null;
    },
    Line: () => <FieldSaveLine store={store} />,
  };
}

/** Wraps the fields of one autosaved form (`state` and `savedAt` from its useAutosave). */
export function FormSave({ state, savedAt, children }: Snapshot & { children: ComponentChildren }) {
  const store = useMemo(() => createSaveStore({ state, savedAt }), []);
  const slot = useMemo(() => createSlot(store), [store]);
  useLayoutEffect(() => store.set({ state, savedAt }), [store, state, savedAt]);
  return <FieldSaveContext.Provider value={slot}>{children}</FieldSaveContext.Provider>;
}
