/**
 * A new session's facilitator starts as the logged-in account's full name (one spelling per
 * person for "Sesi per fasilitator"), falls back to "Nama saya", and stays editable.
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newUnitFields } from '../../src/domain/unit';
import { useUi } from '../../src/state/ui-store';
import { facilitatorName } from '../../src/ui/components/sessions/new-session';
import { COORDINATOR, loggedInAs } from '../helpers/login';
import { renderApp } from '../helpers/render-app';
import { textOf } from '../helpers/screen';

describe('facilitatorName', () => {
  it('prefers the account’s full name, then “Nama saya”', () => {
    expect(facilitatorName({ ...COORDINATOR, fullName: ' Siti Aminah ' }, 'siti a.')).toBe('Siti Aminah');
    expect(facilitatorName({ ...COORDINATOR, fullName: '' }, ' siti a. ')).toBe('siti a.');
    expect(facilitatorName(COORDINATOR, 'siti a.')).toBe('siti a.');
    expect(facilitatorName('none', '')).toBe('');
    expect(facilitatorName(null, 'Rina')).toBe('Rina');
  });
});

describe('a new session', () => {
  const chips = () => [...document.querySelectorAll('.session-chip span')].map(textOf);

  it('starts with the account’s full name as facilitator, which can be removed and retyped', async () => {
    const unitId = await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
    await loggedInAs({ ...COORDINATOR, fullName: 'Siti Aminah' });
    useUi.setState({ myName: 'siti a.' });
    renderApp(`/units/${unitId}`);
    const [newSession] = await screen.findAllByRole('button', { name: 'Sesi baru' }, { timeout: 5000 });
    fireEvent.click(newSession as HTMLElement);
    await waitFor(() => expect(chips()).toEqual(['Siti Aminah']));

    fireEvent.click(screen.getByRole('button', { name: /Siti Aminah/ }));
    await waitFor(() => expect(chips()).toEqual([]));
    fireEvent.input(screen.getByLabelText(/fasilitator/i), { target: { value: 'Rina Marlina' } });
    fireEvent.submit(screen.getByLabelText(/fasilitator/i).closest('form') as HTMLFormElement);
    await waitFor(() => expect(chips()).toEqual(['Rina Marlina']));
    await waitFor(async () =>
      expect((await db.mentoringSessions.toArray()).map((s) => s.facilitators)).toEqual([['Rina Marlina']]),
    );
  });
});
