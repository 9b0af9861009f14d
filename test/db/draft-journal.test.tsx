import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverDrafts, setJournalAccount, settleDrafts } from '../../src/db/draft-journal';
import { journalCommitted, journalPending } from '../../src/db/draft-journal-typing';
import { createRecord, updateRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { saveSession } from '../../src/db/session-store';
import { newUnitFields, type Unit } from '../../src/domain/unit';
import { logout } from '../../src/sync/auth';
import { TextField } from '../../src/ui/components/fields';
import { useAutosave } from '../../src/ui/hooks/use-autosave';
import { useLiveQuery } from '../../src/ui/hooks/use-live-query';

const KEY = 'klinik-inovasi.draft-journal';
const journal = () => JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, { fields: object }>;

afterEach(() => setJournalAccount(null));

describe('draft journal', () => {
  it('replays fields a closed page never committed, through the write path', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    journalPending('units', id, { contactPerson: 'Pak Budi' });
    expect(await recoverDrafts(db, null)).toBe(1);
    expect((await db.units.get(id))?.contactPerson).toBe('Pak Budi');
    const last = await db.outbox.toCollection().last();
    expect(last?.fields).toMatchObject({ contactPerson: 'Pak Budi' });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('forgets fields once committed, but keeps ones typed over since', async () => {
    journalPending('units', 'u1', { name: 'A', contactPerson: 'B' });
    journalPending('units', 'u1', { contactPerson: 'Bu' });
    journalCommitted('units', 'u1', { name: 'A', contactPerson: 'B' });
    expect(journal()['units/u1']?.fields).toEqual({ contactPerson: 'Bu' });
  });

  it('drops fields that no longer validate and still lands the rest', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    journalPending('units', id, { name: '   ', parentAgency: 'Pemkot' });
    await recoverDrafts(db, null);
    const unit = await db.units.get(id);
    expect(unit?.name).toBe('Dinas Sosial');
    expect(unit?.parentAgency).toBe('Pemkot');
  });

  it('survives a corrupt journal and a record that is gone', async () => {
    localStorage.setItem(KEY, '{not json');
    expect(await recoverDrafts(db, null)).toBe(0);
    journalPending('units', 'missing', { name: 'X' });
    expect(await recoverDrafts(db, null)).toBe(0);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

function NameForm({ id }: { id: string }) {
  const unit = useLiveQuery(() => db.units.get(id), [id]);
  const form = useAutosave('units', unit as Unit | undefined);
  if (!form.values) return <p>loading</p>;
  return <TextField label="Nama" value={form.values.name} onInput={(v) => form.set('name', v)} />;
}

describe('a stale journal entry is never replayed (issue 12)', () => {
  it('forgets a value the person replaced with a refused one (Backspace down to empty)', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    render(<NameForm id={id} />);
    const input = await screen.findByLabelText('Nama');
    // Holding Backspace: every value lands in the journal within the autosave delay, the
    // last one (empty) is refused and never saved.
    for (const value of ['Dinas Sosia', 'D', '<', '']) fireEvent.input(input, { target: { value } });
    expect(journal()[`units/${id}`]?.fields ?? {}).not.toHaveProperty('name');
    // The page closes now; the next start must not apply "<".
    await recoverDrafts(db, null);
    expect((await db.units.get(id))?.name).toBe('Dinas Sosial');
  });

  it('does not replay an entry older than the stored record', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    journalPending('units', id, { name: 'Lama di jurnal' });
    await new Promise((r) => setTimeout(r, 5));
    await updateRecord('units', id, { name: 'Lebih baru' }); // e.g. another tab, or a pull
    const outbox = await db.outbox.count();
    expect(await recoverDrafts(db, null)).toBe(0);
    expect((await db.units.get(id))?.name).toBe('Lebih baru');
    expect(await db.outbox.count()).toBe(outbox);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('replays an entry only for the account that typed it, never under another', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    setJournalAccount('usr-a');
    journalPending('units', id, { contactPerson: 'Ketikan A' });
    expect(await recoverDrafts(db, 'usr-b')).toBe(0);
    expect((await db.units.get(id))?.contactPerson).not.toBe('Ketikan A');
    expect(await recoverDrafts(db, null)).toBe(0);
    // Still there for A.
    expect(await recoverDrafts(db, 'usr-a')).toBe(1);
    expect((await db.units.get(id))?.contactPerson).toBe('Ketikan A');
  });

  it('drops an entry from before entries named their account', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    localStorage.setItem(
      KEY,
      JSON.stringify({ [`units/${id}`]: { table: 'units', id, fields: { name: '<' } } }),
    );
    expect(await recoverDrafts(db, null)).toBe(0);
    expect((await db.units.get(id))?.name).toBe('Dinas Sosial');
  });

  it('keeps the journal when a replay fails for a reason other than validation (storage full)', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    journalPending('units', id, { contactPerson: 'Pak Budi' });
    const full = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    db.units.hook('updating', full);
    try {
      expect(await recoverDrafts(db, null)).toBe(0);
    } finally {
      db.units.hook('updating').unsubscribe(full);
    }
    expect(journal()[`units/${id}`]?.fields).toEqual({ contactPerson: 'Pak Budi' });
    expect(await recoverDrafts(db, null)).toBe(1);
    expect((await db.units.get(id))?.contactPerson).toBe('Pak Budi');
  });

  it('is settled at logout: replayed into the outbox the warning counts, then forgotten', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    await saveSession({
      token: 't',
      expiresAt: '2030-01-01T00:00:00.000Z',
      user: { id: 'usr-a', username: 'a', role: 'facilitator', unitIds: [], active: true },
    });
    setJournalAccount('usr-a');
    journalPending('units', id, { contactPerson: 'Ketikan A' });
    expect(await settleDrafts(db)).toBe(1);
    const queued = await db.outbox.where('recordId').equals(id).toArray();
    expect(queued.at(-1)?.fields).toMatchObject({ contactPerson: 'Ketikan A' });
    journalPending('units', id, { contactPerson: 'Ketikan terakhir' });
    await logout({ db, fetchImpl: (() => Promise.reject(new TypeError('offline'))) as typeof fetch });
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
