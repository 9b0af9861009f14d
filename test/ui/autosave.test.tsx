import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newUnitFields, type Unit } from '../../src/domain/unit';
import { TextField } from '../../src/ui/components/fields';
import { SaveStatus } from '../../src/ui/components/SaveStatus';
import { useAutosave } from '../../src/ui/hooks/use-autosave';
import { useLiveQuery } from '../../src/ui/hooks/use-live-query';
import { fieldError } from '../helpers/screen';

function UnitNameForm({ id }: { id: string }) {
  const unit = useLiveQuery(() => db.units.get(id), [id]);
  const form = useAutosave('units', unit as Unit | undefined);
  if (!form.values) return <p>loading</p>;
  return (
    <div>
      <TextField
        label="Nama"
        value={form.values.name}
        error={form.errors.name}
        onInput={(v) => form.set('name', v)}
      />
      <TextField
        label="Telepon"
        value={form.values.contactPhone}
        error={form.errors.contactPhone}
        onInput={(v) => form.set('contactPhone', v)}
      />
      <SaveStatus state={form.state} savedAt={form.savedAt} onRetry={() => void form.flush()} />
    </div>
  );
}

async function setup() {
  const id = await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
  const view = render(<UnitNameForm id={id} />);
  await screen.findByLabelText('Nama');
  return { id, view };
}

describe('autosave', () => {
  it('stores typed text and only then says saved', async () => {
    const { id } = await setup();
    fireEvent.input(screen.getByLabelText('Nama'), { target: { value: 'Dinas Kesehatan Kota' } });
    expect(screen.getByTestId('save-status').dataset.state).toBe('saving');
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'));
    expect((await db.units.get(id))?.name).toBe('Dinas Kesehatan Kota');
    expect(screen.getByTestId('save-status').textContent).toContain('Tersimpan di perangkat ini');
  });

  it('keeps an invalid value on screen with its message and never stores it', async () => {
    const { id } = await setup();
    fireEvent.input(screen.getByLabelText('Nama'), { target: { value: '  ' } });
    await waitFor(() => expect(fieldError('Nama')).toBe('Wajib diisi.'));
    expect((screen.getByLabelText('Nama') as HTMLInputElement).value).toBe('  ');
    expect(screen.getByTestId('save-status').dataset.state).toBe('invalid');
    // A valid edit elsewhere still saves, and the invalid name still does not.
    fireEvent.input(screen.getByLabelText('Telepon'), { target: { value: '0561 123' } });
    await waitFor(async () => expect((await db.units.get(id))?.contactPhone).toBe('0561 123'));
    expect((await db.units.get(id))?.name).toBe('Dinas Kesehatan');
    expect(screen.getByTestId('save-status').dataset.state).toBe('invalid');
  });

  it('writes pending input when the form unmounts before the debounce fires', async () => {
    const { id, view } = await setup();
    fireEvent.input(screen.getByLabelText('Nama'), { target: { value: 'Nama sebelum pindah halaman' } });
    view.unmount();
    await waitFor(async () => expect((await db.units.get(id))?.name).toBe('Nama sebelum pindah halaman'));
  });

  it('writes pending input when the tab is hidden', async () => {
    const { id } = await setup();
    fireEvent.input(screen.getByLabelText('Nama'), { target: { value: 'Ditulis lalu tab ditutup' } });
    await act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(async () => expect((await db.units.get(id))?.name).toBe('Ditulis lalu tab ditutup'));
  });

  it('keeps the text and offers a retry when IndexedDB refuses the write', async () => {
    const { id } = await setup();
    const fail = (() => {
      throw new DOMException('quota', 'QuotaExceededError');
    }) as () => void;
    db.outbox.hook('creating', fail);
    db.outbox.hook('updating', fail);
    fireEvent.input(screen.getByLabelText('Nama'), { target: { value: 'Tidak boleh hilang' } });
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('failed'));
    expect((screen.getByLabelText('Nama') as HTMLInputElement).value).toBe('Tidak boleh hilang');
    expect((await db.units.get(id))?.name).toBe('Dinas Kesehatan');
    db.outbox.hook('creating').unsubscribe(fail);
    db.outbox.hook('updating').unsubscribe(fail);
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await waitFor(async () => expect((await db.units.get(id))?.name).toBe('Tidak boleh hilang'));
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'));
  });
});

describe('save status wording', () => {
  it('says the device storage is full when that is why a save failed', async () => {
    const { useStorageHealth } = await import('../../src/state/storage-health');
    useStorageHealth.setState({ trouble: 'full' });
    try {
      render(<SaveStatus state="failed" savedAt={null} onRetry={() => undefined} />);
      expect(screen.getByTestId('save-status').textContent).toContain('Penyimpanan perangkat penuh');
    } finally {
      useStorageHealth.setState({ trouble: null });
    }
  });
});
