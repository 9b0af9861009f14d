/**
 * The tombstone index follows the records it indexes: a delete or restore on this device, a pull
 * that deletes or brings back a record, a rolled-back transaction, an upgrade from a database
 * that had no index yet. The units list reads deleted sessions from it (keys only).
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteSession, restoreSession, startSession } from '../../src/db/commands/sessions';
import { listUnitSummaries } from '../../src/db/queries/units';
import { db, KlinikDb } from '../../src/db/schema';
import { readDeletedIds } from '../../src/db/tombstones';
import { newSessionFields } from '../../src/domain/session';
import { newUnitFields } from '../../src/domain/unit';
import { aFollowUp, aUnit, pulled } from '../helpers/builders';

const TODAY = '2026-06-20';

describe('tombstone index', () => {
  it('follows a delete and its undo on this device, in the same transaction as the records', async () => {
    const unitId = await aUnit('Dinas Sosial');
    const sessionId = 's-local';
    await startSession(sessionId, newSessionFields({ unitId, date: '2026-06-01' }));
    const followUp = await aFollowUp(unitId, 'Menyusun SK', { sessionId });
    expect(await readDeletedIds(db, 'mentoringSessions')).toEqual(new Set());

    const deleted = await deleteSession(sessionId);
    expect(await readDeletedIds(db, 'mentoringSessions')).toEqual(new Set([sessionId]));
    expect(await readDeletedIds(db, 'actionItems')).toEqual(new Set([followUp]));

    await restoreSession(deleted);
    expect(await readDeletedIds(db, 'mentoringSessions')).toEqual(new Set());
    expect(await readDeletedIds(db, 'actionItems')).toEqual(new Set());
  });

  it('follows pulled deletions and restorations', async () => {
    await pulled('mentoringSessions', 's1', 1, newSessionFields({ unitId: 'u1', date: '2026-06-01' }));
    await pulled('mentoringSessions', 's2', 2, newSessionFields({ unitId: 'u1', date: '2026-06-02' }), true);
    expect(await readDeletedIds(db, 'mentoringSessions')).toEqual(new Set(['s2']));

    await pulled('mentoringSessions', 's1', 3, newSessionFields({ unitId: 'u1', date: '2026-06-01' }), true);
    await pulled('mentoringSessions', 's2', 4, newSessionFields({ unitId: 'u1', date: '2026-06-02' }));
    expect(await readDeletedIds(db, 'mentoringSessions')).toEqual(new Set(['s1']));
  });

  it('is left as it was when the transaction that deletes fails', async () => {
    const unitId = await aUnit('Dinas Sosial');
    await startSession('s-local', newSessionFields({ unitId, date: '2026-06-01' }));
    const fail = () => {
      throw new Error('disk said no');
    };
    db.outbox.hook('creating', fail);
    try {
      await expect(deleteSession('s-local')).rejects.toThrow('disk said no');
    } finally {
      db.outbox.hook('creating').unsubscribe(fail);
    }
    expect(await readDeletedIds(db, 'mentoringSessions')).toEqual(new Set());
    expect((await db.mentoringSessions.get('s-local'))?.deleted).toBe(false);
  });

  it('the units list stops counting a follow-up whose session was deleted on the server', async () => {
    await pulled('units', 'u1', 1, newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    await pulled('mentoringSessions', 's1', 2, newSessionFields({ unitId: 'u1', date: '2026-06-01' }));
    await aFollowUp('u1', 'Menyusun SK', { sessionId: 's1' });
    const count = async () => (await listUnitSummaries(TODAY)).find((s) => s.unit.id === 'u1')?.openFollowUps;
    expect(await count()).toBe(1);
    await pulled('mentoringSessions', 's1', 3, newSessionFields({ unitId: 'u1', date: '2026-06-01' }), true);
    expect(await count()).toBe(0);
  });

  it('is filled from the records already stored when an older database upgrades', async () => {
    const name = 'klinik-tombstones-upgrade';
    await Dexie.delete(name);
    // The app's schema before the index (version 2), holding one deleted and one live session.
    const old = new Dexie(name);
    old.version(1).stores({
      units: 'id, name, kind, group, updatedAt',
      innovations: 'id, unitId, currentStage, updatedAt',
      stageProgress: 'id, innovationId, [innovationId+stage]',
      mentoringSessions: 'id, unitId, date, updatedAt',
      actionItems: 'id, unitId, sessionId, innovationId, status, dueDate',
      targets: 'id, year',
      outbox: '++seq, &id, recordId',
      meta: 'key',
    });
    old.version(2).stores({ conflicts: 'id, recordId, table', deadLetters: '++seq, entry.recordId' });
    await old.table('mentoringSessions').bulkPut([
      { id: 'gone', unitId: 'u1', deleted: true },
      { id: 'kept', unitId: 'u1', deleted: false },
    ]);
    await old.table('innovations').put({ id: 'i-gone', unitId: 'u1', deleted: true });
    old.close();

    const upgraded = new KlinikDb(name);
    try {
      expect(await readDeletedIds(upgraded, 'mentoringSessions')).toEqual(new Set(['gone']));
      expect(await readDeletedIds(upgraded, 'innovations')).toEqual(new Set(['i-gone']));
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
