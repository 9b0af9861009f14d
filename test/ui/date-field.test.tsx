import { act, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { useUi } from '../../src/state/ui-store';
import { DateField, TimeField } from '../../src/ui/components/date-field';
import { fieldError } from '../helpers/screen';

/**
 * Leaving the field as a browser does: preact/compat listens for `focusout` (it bubbles, like
 * React's onBlur), which testing-library's `fireEvent.blur` does not send.
 */
const leave = (input: HTMLElement) =>
  act(() => {
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });

/** A field bound to a stored value, recording every value handed up. */
function Harness({ kind, initial, stores }: { kind: 'date' | 'time'; initial: string; stores: string[] }) {
  const [value, setValue] = useState(initial);
  const onInput = (v: string) => {
    stores.push(v);
    setValue(v);
  };
  const Field = kind === 'date' ? DateField : TimeField;
  return (
    <>
      <Field label="Tanggal" value={value} onInput={onInput} />
      <output data-testid="stored">{value}</output>
      <button type="button" onClick={() => setValue(kind === 'date' ? '2027-01-15' : '14:00')}>
        dari perangkat lain
      </button>
    </>
  );
}

function setup(kind: 'date' | 'time', initial = '') {
  const stores: string[] = [];
  render(<Harness kind={kind} initial={initial} stores={stores} />);
  const input = screen.getByLabelText('Tanggal') as HTMLInputElement;
  const stored = () => screen.getByTestId('stored').textContent;
  const type = (text: string) => fireEvent.input(input, { target: { value: text } });
  return { input, stores, stored, type };
}

describe('DateField: day-month-year, not the browser locale', () => {
  it('is a text field with a dd-mm-yyyy placeholder, not a native date input', () => {
    const { input } = setup('date');
    expect(input.type).toBe('text');
    expect(input.inputMode).toBe('numeric');
    expect(input.placeholder).toBe('hh-bb-tttt');
  });

  it('shows a stored date as 04-12-2026', () => {
    const { input } = setup('date', '2026-12-04');
    expect(input.value).toBe('04-12-2026');
  });

  it('typing 04-12-2026 stores 2026-12-04', () => {
    const { type, stored } = setup('date');
    type('04-12-2026');
    expect(stored()).toBe('2026-12-04');
    expect(fieldError('Tanggal')).toBeNull();
  });

  it('4/12/2026 stores the same and reads 04-12-2026 after leaving the field', () => {
    const { input, type, stored } = setup('date');
    type('4/12/2026');
    expect(stored()).toBe('2026-12-04');
    leave(input);
    expect(input.value).toBe('04-12-2026');
  });

  it('31-02-2026 is an error at once and stores nothing; the old value stays', () => {
    const { type, stored, stores } = setup('date', '2026-12-04');
    type('31-02-2026');
    expect(fieldError('Tanggal')).toBe('Tanggal tidak valid.');
    expect(stores).toEqual([]);
    expect(stored()).toBe('2026-12-04');
  });

  it('a partial entry waits for the person to leave the field, then says how to write it', () => {
    const { input, type, stores } = setup('date');
    type('04-12');
    expect(fieldError('Tanggal')).toBeNull();
    leave(input);
    expect(fieldError('Tanggal')).toBe('Tulis tanggal sebagai hari-bulan-tahun, mis. 04-12-2026.');
    expect(stores).toEqual([]);
    type('04-12-26');
    leave(input);
    expect(fieldError('Tanggal')).toBe('Tulis tanggal sebagai hari-bulan-tahun, mis. 04-12-2026.');
    type('04-12-2026');
    expect(fieldError('Tanggal')).toBeNull();
    expect(stores).toEqual(['2026-12-04']);
  });

  it('says so in English, with an English placeholder', () => {
    useUi.setState({ lang: 'en' });
    const { input, type } = setup('date');
    expect(input.placeholder).toBe('dd-mm-yyyy');
    type('31-02-2026');
    expect(fieldError('Tanggal')).toBe('Not a valid date.');
  });

  it('emptying the field stores empty (an optional date unset)', () => {
    const { type, stores } = setup('date', '2026-12-04');
    type('');
    expect(stores).toEqual(['']);
  });

  it('follows a stored value changed elsewhere', () => {
    const { input } = setup('date', '2026-12-04');
    fireEvent.click(screen.getByText('dari perangkat lain'));
    expect(input.value).toBe('15-01-2027');
  });

  it('an entry that is not a date makes the field invalid for a form that asks', () => {
    const { input, type } = setup('date');
    type('04-12');
    act(() => {
      expect(input.checkValidity()).toBe(false);
    });
    expect(fieldError('Tanggal')).toBe('Tulis tanggal sebagai hari-bulan-tahun, mis. 04-12-2026.');
    type('04-12-2026');
    expect(input.checkValidity()).toBe(true);
  });
});

describe('TimeField: 24-hour, written as Indonesian offices do', () => {
  it('typing 9.30 stores 09:30 and reads 09.30 after leaving', () => {
    const { input, type, stored } = setup('time');
    expect(input.type).toBe('text');
    expect(input.placeholder).toBe('jj.mm');
    type('9.30');
    expect(stored()).toBe('09:30');
    leave(input);
    expect(input.value).toBe('09.30');
  });

  it('shows 09:30 in English', () => {
    useUi.setState({ lang: 'en' });
    const { input } = setup('time', '09:30');
    expect(input.value).toBe('09:30');
  });

  it('25.00 is an error and stores nothing; a partial time is one after leaving', () => {
    const { input, type, stores } = setup('time', '08:00');
    type('25.00');
    expect(fieldError('Tanggal')).toBe('Jam tidak valid: tulis antara 00.00 dan 23.59.');
    type('9');
    leave(input);
    expect(fieldError('Tanggal')).toBe('Tulis jam sebagai jam.menit, mis. 09.30.');
    expect(stores).toEqual([]);
  });
});
