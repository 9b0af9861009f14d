// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/backup/records';
import { newActionItemFields } from '../../src/domain/action-item';
import { newSessionFields } from '../../src/domain/session';
import { CREATE_DEFAULTS, FIELD_NAMES, TABLES, withCreateDefaults } from '../../src/domain/tables';

describe('CREATE_DEFAULTS', () => {
  it('names only real fields of each table', () => {
    for (const table of TABLES) {
      for (const field of Object.keys(CREATE_DEFAULTS[table])) expect(FIELD_NAMES[table]).toContain(field);
    }
  });

  it('fills a missing note and keeps a sent one, own properties only', () => {
    expect(withCreateDefaults('actionItems', { text: 'a' })).toEqual({ note: '', text: 'a' });
    expect(withCreateDefaults('actionItems', { note: 'x' })).toEqual({ note: 'x' });
    const hostile = JSON.parse('{"__proto__": {"note": "from proto"}}') as Record<string, unknown>;
    expect(withCreateDefaults('actionItems', hostile).note).toBe('');
    expect(withCreateDefaults('units', { name: 'u' })).toEqual({ name: 'u' });
  });

  it('lets a backup record from before `note` existed pass the check', () => {
    const { note: _n, ...old } = newActionItemFields({ unitId: 'u1', text: 'Susun SK' });
    const record = {
      id: 'a1',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      deleted: false,
      version: 3,
      ...old,
    };
    expect(checkRecord('actionItems', record, 0)).toBeNull();
    expect(checkRecord('actionItems', { ...record, note: 5 }, 0)).toMatchObject({ field: 'note' });
  });

  it('lets a backup session from before `time` existed pass; a bad time is refused', () => {
    const { time: _t, ...old } = newSessionFields({ unitId: 'u1', date: '2026-12-04' });
    const record = {
      id: 's1',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      deleted: false,
      version: 2,
      ...old,
    };
    expect((withCreateDefaults('mentoringSessions', old) as { time?: string }).time).toBe('');
    expect(checkRecord('mentoringSessions', record, 0)).toBeNull();
    expect(checkRecord('mentoringSessions', { ...record, time: '09:30' }, 0)).toBeNull();
    for (const time of ['24:00', '9:5', 930, 'x'.repeat(500)]) {
      expect(checkRecord('mentoringSessions', { ...record, time }, 0)).toMatchObject({ field: 'time' });
    }
  });
});
