/**
 * What a user sees, read from the rendered page: assertions compare these strings, so they fail
 * with the text that is there instead of passing on an element that merely exists.
 */
import { screen } from '@testing-library/preact';

/** An element's text as read: whitespace collapsed and trimmed ('' for no element). */
export const textOf = (el: Node | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The titles of the "nothing here" notices (ui/components/EmptyState) on the page, in order. */
export const emptyStateTitles = (): string[] =>
  screen.queryAllByTestId('empty-state').map((el) => textOf(el.querySelector('.empty__title')));

/** The explanation under the empty state titled `title` ('' when it has none). */
export function emptyStateBody(title: string): string {
  const box = screen
    .queryAllByTestId('empty-state')
    .find((el) => textOf(el.querySelector('.empty__title')) === title);
  if (!box) throw new Error(`no empty state titled “${title}”; there are: ${emptyStateTitles().join(', ')}`);
  return textOf(box.querySelector('.empty__body'));
}

/**
 * The error shown for the control labelled `label` and tied to it (aria-invalid and
 * aria-describedby, as ui/components/fields.tsx does), or null when it shows none.
 */
export function fieldError(
  label: string | RegExp,
  container: { getByLabelText: typeof screen.getByLabelText } = screen,
) {
  const control = container.getByLabelText(label);
  if (control.getAttribute('aria-invalid') !== 'true') return null;
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.getAttribute('role') === 'alert');
  return error ? textOf(error) : null;
}

/** The text of the level-1 heading: which page the user is on. */
export const pageTitle = (): string => textOf(screen.getByRole('heading', { level: 1 }));

/** What a screen reader announces as `el`'s description: the text of its aria-describedby targets. */
export const descriptionOf = (el: Element): string =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => textOf(document.getElementById(id)))
    .join(' ');
