import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { completeFollowUp, reopenFollowUp } from '../../src/db/commands/follow-ups';
import { createInnovation } from '../../src/db/commands/innovations';
import {
  deleteSession,
  moveSession,
  newSessionDraft,
  restoreSession,
  startSession,
} from '../../src/db/commands/sessions';
import { StageRuleRefused, setStageStatus, tickChecklistItem } from '../../src/db/commands/stages';
import { createUnit } from '../../src/db/commands/units';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newActionItemFields } from '../../src/domain/action-item';
import { localToday } from '../../src/domain/dates';
import { uuidv7 } from '../../src/domain/ids';
import type { StageKey } from '../../src/domain/stages';
import { newUnitFields } from '../../src/domain/unit';

const NOW = new Date(2026, 2, 10, 9, 0);
const TODAY = localToday(NOW);

// The device's clock is the database's (KlinikDb's `clock` option); this suite pins the default one.
beforeEach(() => {
  vi.spyOn(db, 'clock').mockImplementation(() => NOW);
});

async function innovationWithStages() {
  const unitId = await createUnit(newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
  const id = await createInnovation({ unitId, name: 'Posyandu Digital' });
  await db.outbox.clear();
  const stage = async (key: StageKey) => {
    const row = await db.stageProgress.where('[innovationId+stage]').equals([id, key]).first();
    if (!row) throw new Error(`no ${key}`);
    return row;
  };
  return { unitId, id, stage };
}

describe('stage commands', () => {
  it('ticking every item then accepting the offer: done with dates, the next stage current, one transaction each', async () => {
    const { id, stage } = await innovationWithStages();
    const drumUp = await stage('drumUp');
    for (const item of drumUp.checklist) await tickChecklistItem(drumUp.id, item.id, true, db);
    expect(await stage('drumUp')).toMatchObject({ status: 'inProgress', startDate: TODAY, endDate: '' });
    await db.outbox.clear();
    await setStageStatus(drumUp.id, 'done', db);
    expect(await stage('drumUp')).toMatchObject({ status: 'done', startDate: TODAY, endDate: TODAY });
    expect((await db.innovations.get(id))?.currentStage).toBe('diagnose');
    // One outbox entry per record: the stage's (status and dates together) and the innovation's.
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => e.table).sort()).toEqual(['innovations', 'stageProgress']);
    expect(Object.keys(entries.find((e) => e.table === 'stageProgress')?.fields ?? {}).sort()).toEqual([
      'checklist',
      'endDate',
      'startDate',
      'status',
    ]);
  });

  it('un-ticking an item of a done stage reopens it and brings the current stage back', async () => {
    const { id, stage } = await innovationWithStages();
    const drumUp = await stage('drumUp');
    for (const item of drumUp.checklist) await tickChecklistItem(drumUp.id, item.id, true, db);
    await setStageStatus(drumUp.id, 'done', db);
    await tickChecklistItem(drumUp.id, drumUp.checklist[1]?.id ?? '', false, db);
    expect(await stage('drumUp')).toMatchObject({ status: 'inProgress', endDate: '' });
    expect((await db.innovations.get(id))?.currentStage).toBe('drumUp');
  });

  it('a tick sends status and dates with the checklist even when the status does not change', async () => {
    const { stage } = await innovationWithStages();
    const drumUp = await stage('drumUp');
    await tickChecklistItem(drumUp.id, drumUp.checklist[0]?.id ?? '', true, db);
    await db.outbox.clear();
    await tickChecklistItem(drumUp.id, drumUp.checklist[1]?.id ?? '', true, db);
    const [entry] = await db.outbox.toArray();
    expect(entry?.fields).toMatchObject({ status: 'inProgress', startDate: TODAY, endDate: '' });
  });

  it('a tick and the current stage land together or not at all', async () => {
    const { id, stage } = await innovationWithStages();
    const design = await stage('design');
    const fail = (() => {
      throw new Error('injected innovation failure');
    }) as () => void;
    db.innovations.hook('updating', fail);
    try {
      await expect(tickChecklistItem(design.id, design.checklist[0]?.id ?? '', true, db)).rejects.toThrow(
        'injected',
      );
    } finally {
      db.innovations.hook('updating').unsubscribe(fail);
    }
    expect((await stage('design')).checklist[0]?.done).toBe(false);
    expect(await db.outbox.count()).toBe(0);
    await tickChecklistItem(design.id, design.checklist[0]?.id ?? '', true, db);
    expect((await db.innovations.get(id))?.currentStage).toBe('design');
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses "not started" while items are ticked, writing nothing', async () => {
    const { stage } = await innovationWithStages();
    const drumUp = await stage('drumUp');
    await tickChecklistItem(drumUp.id, drumUp.checklist[0]?.id ?? '', true, db);
    await db.outbox.clear();
    await expect(setStageStatus(drumUp.id, 'notStarted', db)).rejects.toBeInstanceOf(StageRuleRefused);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('session commands', () => {
  it('deleteSession reads the follow-ups inside the transaction that deletes them', async () => {
    const unitId = await createUnit(newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    const id = uuidv7();
    await startSession(id, newSessionDraft(unitId, 'Rina', NOW));
    const itemId = await createRecord(
      'actionItems',
      newActionItemFields({ unitId, sessionId: id, text: 'Kirim SK' }),
    );
    // Where each follow-up is read: a read-write transaction that also holds the session and the
    // outbox, or nothing could land between the read and the delete.
    const seen: string[] = [];
    const spy = (row: unknown) => {
      const tx = Dexie.currentTransaction;
      seen.push(tx ? `${tx.mode}:${[...tx.storeNames].sort().join(',')}` : 'none');
      return row;
    };
    db.actionItems.hook('reading', spy);
    let deleted: Awaited<ReturnType<typeof deleteSession>>;
    try {
      deleted = await deleteSession(id);
    } finally {
      db.actionItems.hook('reading').unsubscribe(spy);
    }
    // Read once to find it and once to delete it, both in that one transaction.
    expect(seen).toEqual([
      'readwrite:actionItems,mentoringSessions,outbox,tombstones',
      'readwrite:actionItems,mentoringSessions,outbox,tombstones',
    ]);
    expect(deleted.followUpIds).toEqual([itemId]);
    expect((await db.actionItems.get(itemId))?.deleted).toBe(true);
    expect((await db.mentoringSessions.get(id))?.deleted).toBe(true);
    await restoreSession(deleted);
    expect((await db.actionItems.get(itemId))?.deleted).toBe(false);
    expect((await db.mentoringSessions.get(id))?.deleted).toBe(false);
  });

  it('moveSession moves the follow-ups with the session in one transaction', async () => {
    const a = await createUnit(newUnitFields({ name: 'Dinas A', kind: 'opd' }));
    const b = await createUnit(newUnitFields({ name: 'Dinas B', kind: 'opd' }));
    const id = uuidv7();
    await startSession(id, { ...newSessionDraft(a, 'Rina', NOW), innovationIds: ['x'] });
    const item = await createRecord(
      'actionItems',
      newActionItemFields({ unitId: a, sessionId: id, text: 'Kirim SK', innovationId: 'x' }),
    );
    await db.outbox.clear();
    await moveSession(id, b);
    expect(await db.mentoringSessions.get(id)).toMatchObject({ unitId: b, innovationIds: [] });
    expect(await db.actionItems.get(item)).toMatchObject({ unitId: b, innovationId: '' });
    expect((await db.outbox.toArray()).map((e) => e.recordId).sort()).toEqual([id, item].sort());
  });

  it('startSession writes once; a second start edits the same record', async () => {
    const unitId = await createUnit(newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    const id = uuidv7();
    await startSession(id, newSessionDraft(unitId, 'Rina', NOW));
    await startSession(id, { ...newSessionDraft(unitId, 'Rina', NOW), place: 'Aula' });
    expect(await db.mentoringSessions.get(id)).toMatchObject({
      place: 'Aula',
      facilitators: ['Rina'],
      date: TODAY,
    });
    expect(await db.mentoringSessions.count()).toBe(1);
  });
});

describe('follow-up commands', () => {
  it('complete and reopen move status and date together', async () => {
    const unitId = await createUnit(newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    const id = await createRecord('actionItems', newActionItemFields({ unitId, text: 'Kirim SK' }));
    await completeFollowUp(id, db);
    expect(await db.actionItems.get(id)).toMatchObject({ status: 'done', doneDate: TODAY });
    await reopenFollowUp(id);
    expect(await db.actionItems.get(id)).toMatchObject({ status: 'open', doneDate: '' });
  });
});
