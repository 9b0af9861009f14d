/**
 * Hybrid logical clock. Stamps order one device's writes even when its wall clock jumps back,
 * and give the server a deterministic tie-break between devices. They are never used as a pull
 * cursor (the server's sequence is), so a wrong device clock cannot make anyone skip data.
 *
 * Format: `<ms, 15 digits>:<counter, 5 base-36 digits>:<node>` so stamps compare as strings.
 */
export interface Hlc {
  now(): string;
  /** Moves this clock past a stamp seen from elsewhere (or read back from storage). */
  observe(stamp: string): void;
}

const MAX_COUNTER = 36 ** 5 - 1;

export function parseHlc(stamp: string): { ms: number; counter: number; node: string } | null {
  const m = /^(\d{15}):([0-9a-z]{5}):(.+)$/.exec(stamp);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  return { ms: Number(m[1]), counter: Number.parseInt(m[2], 36), node: m[3] };
}

export function formatHlc(ms: number, counter: number, node: string): string {
  return `${String(ms).padStart(15, '0')}:${counter.toString(36).padStart(5, '0')}:${node}`;
}

export function createHlc(node: string, wallClock: () => number = Date.now): Hlc {
  let lastMs = 0;
  let counter = 0;
  return {
    now() {
      const wall = wallClock();
      if (wall > lastMs) {
        lastMs = wall;
        counter = 0;
      } else if (counter < MAX_COUNTER) {
        counter++;
      } else {
        lastMs++;
        counter = 0;
      }
      return formatHlc(lastMs, counter, node);
    },
    observe(stamp) {
      const p = parseHlc(stamp);
      if (!p) return;
      if (p.ms > lastMs || (p.ms === lastMs && p.counter > counter)) {
        lastMs = p.ms;
        counter = p.counter;
      }
    },
  };
}
