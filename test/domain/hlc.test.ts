import { describe, expect, it } from 'vitest';
import { createHlc, formatHlc, parseHlc } from '../../src/protocol/hlc';

/** A wall clock the test moves by hand. */
function fakeClock(start: number) {
  let now = start;
  return { read: () => now, set: (ms: number) => (now = ms) };
}

describe('hybrid logical clock', () => {
  it('formats and parses stamps', () => {
    const stamp = formatHlc(1_700_000_000_000, 37, 'device-a');
    expect(stamp).toBe('001700000000000:00011:device-a');
    expect(parseHlc(stamp)).toEqual({ ms: 1_700_000_000_000, counter: 37, node: 'device-a' });
    expect(parseHlc('garbage')).toBeNull();
  });

  it('is strictly increasing when the wall clock stands still or goes back', () => {
    const clock = fakeClock(1_000_000);
    const hlc = createHlc('a', clock.read);
    const stamps = [hlc.now(), hlc.now()];
    clock.set(500_000); // the tablet's clock was set back
    stamps.push(hlc.now(), hlc.now());
    clock.set(1_000_001);
    stamps.push(hlc.now());
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(parseHlc(stamps[3] ?? '')).toMatchObject({ ms: 1_000_000, counter: 3 });
    expect(parseHlc(stamps[4] ?? '')).toMatchObject({ ms: 1_000_001, counter: 0 });
  });

  it('moves past a stamp observed from another device', () => {
    const clock = fakeClock(1_000);
    const hlc = createHlc('a', clock.read);
    const remote = formatHlc(9_000, 4, 'b');
    hlc.observe(remote);
    const next = hlc.now();
    expect(next > remote).toBe(true);
    expect(parseHlc(next)).toMatchObject({ ms: 9_000, counter: 5, node: 'a' });
  });

  it('ignores an older or malformed observed stamp', () => {
    const clock = fakeClock(5_000);
    const hlc = createHlc('a', clock.read);
    const first = hlc.now();
    hlc.observe(formatHlc(10, 0, 'b'));
    hlc.observe('not a stamp');
    const second = hlc.now();
    expect(second > first).toBe(true);
    expect(parseHlc(second)).toMatchObject({ ms: 5_000, counter: 1 });
  });

  it('orders stamps as strings the same way as in time', () => {
    const times = [9, 10, 99, 100, 1_000, 999_999_999_999];
    const stamps = times.map((ms) => formatHlc(ms, 0, 'z'));
    expect([...stamps].sort()).toEqual(stamps);
    expect(formatHlc(10, 35, 'z') < formatHlc(10, 36, 'a')).toBe(true);
    expect(formatHlc(10, 36 ** 5 - 1, 'z') < formatHlc(11, 0, 'a')).toBe(true);
  });
});
