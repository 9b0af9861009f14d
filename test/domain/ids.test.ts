import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7 } from '../../src/domain/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The 48-bit millisecond timestamp at the start of a UUIDv7. */
const msOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuidv7', () => {
  it('has the UUID format with version 7 and the RFC 9562 variant', () => {
    for (let i = 0; i < 50; i++) {
      const id = uuidv7();
      expect(id).toMatch(UUID_V7);
      expect(isUuid(id)).toBe(true);
    }
  });

  it('starts with the millisecond timestamp', () => {
    const ms = Date.UTC(2030, 0, 1);
    expect(msOf(uuidv7(ms))).toBe(ms);
  });

  it('is strictly increasing within one millisecond, past a counter wrap', () => {
    const ms = Date.UTC(2031, 5, 1);
    const ids = Array.from({ length: 5000 }, () => uuidv7(ms));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
  });

  it('stays increasing across calls even when the clock goes back', () => {
    const t = Date.UTC(2032, 0, 1);
    const ids = [uuidv7(t), uuidv7(t + 5), uuidv7(t - 1000), uuidv7(t + 1), uuidv7(t + 6), uuidv7(t + 50)];
    expect([...ids].sort()).toEqual(ids);
    expect(msOf(ids[2] ?? '')).toBe(t + 5);
    expect(msOf(ids[5] ?? '')).toBe(t + 50);
  });

  it('isUuid refuses other strings', () => {
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid(42)).toBe(false);
    expect(isUuid(uuidv7().toUpperCase())).toBe(false);
  });
});
