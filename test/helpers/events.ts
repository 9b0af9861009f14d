import { fireEvent } from '@testing-library/preact';

/**
 * Picks `value` in a `<select>`. With preact/compat loaded, `fireEvent.change` fires `input`:
 * set the value and dispatch a real `change` event, as the browser does.
 */
export function choose(select: HTMLElement, value: string): void {
  (select as HTMLSelectElement).value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
}
