import { describe, expect, it } from 'vitest';
import { deletedIds, followUpParents, isLiveFollowUp } from '../../src/domain/follow-up-live';
import { followUp, innovation, session } from './dashboard-fixtures';

const parents = followUpParents(
  [innovation('i-live', 'u'), innovation('i-gone', 'u', { deleted: true })],
  [session('s-live', 'u', '2026-06-01', []), session('s-gone', 'u', '2026-06-01', [], { deleted: true })],
);
const counts = (extra: Parameters<typeof followUp>[2]) => isLiveFollowUp(followUp('f', 'u', extra), parents);

describe('isLiveFollowUp: a follow-up counts when it, its innovation and its session are live', () => {
  it('counts a live follow-up of a live innovation and a live session', () => {
    expect(counts({ innovationId: 'i-live', sessionId: 's-live' })).toBe(true);
  });

  it('counts a follow-up without innovation or session when it is itself live', () => {
    expect(counts({})).toBe(true);
    expect(counts({ deleted: true })).toBe(false);
  });

  it('does not count a deleted follow-up, whatever its parents', () => {
    expect(counts({ deleted: true, innovationId: 'i-live', sessionId: 's-live' })).toBe(false);
  });

  it('does not count a follow-up of a deleted innovation', () => {
    expect(counts({ innovationId: 'i-gone' })).toBe(false);
    expect(counts({ innovationId: 'i-gone', sessionId: 's-live' })).toBe(false);
  });

  it('does not count a follow-up of a deleted session', () => {
    expect(counts({ sessionId: 's-gone' })).toBe(false);
    expect(counts({ innovationId: 'i-live', sessionId: 's-gone' })).toBe(false);
  });

  it('counts a follow-up whose parent is not on this device (it may arrive with the next pull)', () => {
    expect(counts({ innovationId: 'i-elsewhere', sessionId: 's-elsewhere' })).toBe(true);
  });
});

describe('deletedIds', () => {
  it('collects the ids of tombstones only', () => {
    expect([
      ...deletedIds([
        { id: 'a', deleted: true },
        { id: 'b', deleted: false },
      ]),
    ]).toEqual(['a']);
  });
});
