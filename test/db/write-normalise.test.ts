/**
 * The device's write path normalises text the way the server does with a push (domain/text.ts),
 * so both store the same: NUL, other controls, lone surrogates and bidi overrides never reach
 * IndexedDB or the outbox, and a required name of only invisible characters is refused.
 */
import { describe, expect, it } from 'vitest';
import { createRecord, updateRecord, ValidationFailed } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newSessionFields } from '../../src/domain/session';
import { newUnitFields } from '../../src/domain/unit';

const unit = (name = 'Dinas Kesehatan') => newUnitFields({ name, kind: 'opd' });

describe('text normalised on the device', () => {
  it('stores and queues a create normalised', async () => {
    const id = await createRecord('units', {
      ...unit('Dinas\u0000 Kes\u202Eehatan'),
      contactPerson: 'Jose\u0301\uD800',
    });
    expect(await db.units.get(id)).toMatchObject({
      name: 'Dinas Kesehatan',
      contactPerson: 'Jos\u00E9\uFFFD',
    });
    const [entry] = await db.outbox.toArray();
    expect(entry?.fields).toMatchObject({ name: 'Dinas Kesehatan', contactPerson: 'Jos\u00E9\uFFFD' });
  });

  it('normalises a patch, inside rows too, and sends nothing when only invisible junk changed', async () => {
    const unitId = await createRecord('units', unit());
    const id = await createRecord('mentoringSessions', newSessionFields({ unitId, date: '2026-03-01' }));
    const row = { id: 'a-1', name: 'Ibu\u0000 Sari\u2066', nip: '', position: '', role: '' };
    await updateRecord('mentoringSessions', id, { findings: 'a\r\nb\u202D', attendees: [row] });
    const stored = await db.mentoringSessions.get(id);
    expect(stored?.findings).toBe('a\nb');
    expect(stored?.attendees[0]?.name).toBe('Ibu Sari');
    const before = await db.outbox.count();
    await updateRecord('mentoringSessions', id, { findings: 'a\r\n\u0000b' });
    expect(await db.outbox.count()).toBe(before);
  });

  it('refuses a name of only zero-width characters as required, and writes nothing', async () => {
    const id = await createRecord('units', unit());
    const before = await db.outbox.count();
    for (const name of ['\u200B', '\uFEFF\u200D', '\u202E\u0000']) {
      const err = await updateRecord('units', id, { name }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationFailed);
      expect((err as ValidationFailed).errors).toEqual([{ field: 'name', code: 'required' }]);
    }
    const err = await createRecord('units', unit('\u200C')).catch((e: unknown) => e);
    expect((err as ValidationFailed).errors).toEqual([{ field: 'name', code: 'required' }]);
    expect((await db.units.get(id))?.name).toBe('Dinas Kesehatan');
    expect(await db.outbox.count()).toBe(before);
  });
});
