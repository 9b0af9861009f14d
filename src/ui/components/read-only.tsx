/**
 * Read-only forms for roles that may see but not change a record (a unit team and a session's
 * minutes: domain/permissions.ts). Inside `<ReadOnly when>` every field of ./fields.tsx renders
 * read-only (text stays selectable and scrollable; selects and checkboxes are disabled), and
 * components with their own add/remove buttons leave them out. `ReadOnlyNotice`
 * (read-only-notice.tsx, off the first screen with its messages) says why.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import './read-only.css';

const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

export function ReadOnly({ when, children }: { when: boolean; children: ComponentChildren }) {
  return <ReadOnlyContext.Provider value={when}>{children}</ReadOnlyContext.Provider>;
}
