import { describe, expect, it } from 'vitest';
import { followUpRows, sortFollowUps } from '../../../src/domain/queries/follow-ups';
import { followUp, innovation, session, TODAY, unit } from '../dashboard-fixtures';

describe('followUpRows', () => {
  it('keeps live follow-ups of live units, named by unit, innovation and session date', () => {
    const rows = followUpRows(
      [
        followUp('f1', 'u', { innovationId: 'i', sessionId: 's' }),
        followUp('f2', 'u', { sessionId: 's-gone' }),
        followUp('f3', 'u', { innovationId: 'i-gone' }),
        followUp('f4', 'u-gone'),
        followUp('f5', 'u'),
      ],
      [unit('u', 'Dinas Kesehatan', 'opd'), unit('u-gone', 'Dihapus', 'opd', { deleted: true })],
      [innovation('i', 'u', { name: 'Si Sehat' }), innovation('i-gone', 'u', { deleted: true })],
      [session('s', 'u', '2026-06-01', []), session('s-gone', 'u', '2026-06-02', [], { deleted: true })],
    );
    expect(rows.map((r) => [r.item.id, r.unitName, r.innovationName, r.sessionDate])).toEqual([
      ['f1', 'Dinas Kesehatan', 'Si Sehat', '2026-06-01'],
      ['f5', 'Dinas Kesehatan', '', ''],
    ]);
  });
});

describe('sortFollowUps', () => {
  it('puts overdue first, then by due date (none last), then done ones most recently finished first', () => {
    const row = (item: ReturnType<typeof followUp>) => ({
      item,
      unitName: '',
      sessionDate: '',
      innovationName: '',
    });
    const rows = [
      followUp('done-old', 'u', { status: 'done', doneDate: '2026-06-01' }),
      followUp('none', 'u'),
      followUp('later', 'u', { dueDate: '2026-07-01' }),
      followUp('done-new', 'u', { status: 'done', doneDate: '2026-06-10' }),
      followUp('overdue', 'u', { dueDate: '2026-06-01' }),
      followUp('soon', 'u', { dueDate: TODAY }),
    ].map(row);
    expect(sortFollowUps(rows, TODAY).map((r) => r.item.id)).toEqual([
      'overdue',
      'soon',
      'later',
      'none',
      'done-new',
      'done-old',
    ]);
  });
});
