// @vitest-environment node
/**
 * actionItems gained `note` (the unit team's note when marking a follow-up done). A client from
 * before it, or its outbox still queued, sends creates without `note`: they must still apply, with
 * the note '' (domain/tables.ts CREATE_DEFAULTS). A patch may set it; a hostile one is refused.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NOTE } from '../../src/domain/action-item';
import { fields, latest, writer } from './helpers';
import { admin, create, endCursor, s } from './sync-setup';

describe('actionItems.note', () => {
  it('a create without note applies and stores note as empty', async () => {
    const start = await endCursor(admin);
    const w = writer();
    const unit = await create(admin, w, 'units', fields.unit('Kecamatan Pontianak Kota'));
    const { note: _note, ...old } = fields.actionItem(unit.id, 'Lengkapi SK');
    const m = w.create('actionItems', old);
    const [r] = await s.push(admin, w.clientId, [m]);
    expect(r?.status).toBe('applied');
    const { changes } = await s.pullAll(admin, start);
    expect(latest(changes).get(`actionItems/${m.recordId}`)?.fields.note).toBe('');
  });

  it('a patch sets the note; a too long or non-text note is refused', async () => {
    const start = await endCursor(admin);
    const w = writer();
    const unit = await create(admin, w, 'units', fields.unit('Dinas Sosial'));
    const item = await create(admin, w, 'actionItems', fields.actionItem(unit.id));
    const [ok] = await s.push(admin, w.clientId, [
      w.patch(
        'actionItems',
        item.id,
        { status: 'done', doneDate: '2026-03-05', note: 'SK terbit' },
        item.version,
      ),
    ]);
    expect(ok?.status).toBe('applied');
    const bad = await s.push(admin, w.clientId, [
      w.patch('actionItems', item.id, { note: 'x'.repeat(MAX_NOTE + 1) }, ok?.version ?? 0),
      w.patch('actionItems', item.id, { note: { nested: true } }, ok?.version ?? 0),
    ]);
    expect(bad.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const { changes } = await s.pullAll(admin, start);
    expect(latest(changes).get(`actionItems/${item.id}`)?.fields.note).toBe('SK terbit');
  });
});
