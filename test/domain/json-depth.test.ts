import { describe, expect, it } from 'vitest';
import { exceedsDepth, MAX_JSON_DEPTH } from '../../src/domain/json-depth';

function nested(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

describe('exceedsDepth', () => {
  it('counts objects and arrays, not scalars', () => {
    expect(exceedsDepth('text', 0)).toBe(false);
    expect(exceedsDepth({ a: 1 }, 1)).toBe(false);
    expect(exceedsDepth({ a: { b: [1] } }, 2)).toBe(true);
    expect(exceedsDepth({ a: { b: [1] } }, 3)).toBe(false);
  });
  it('measures a 20,000-level array without overflowing the stack', () => {
    expect(exceedsDepth(JSON.parse(`${'['.repeat(20_000)}${']'.repeat(20_000)}`), MAX_JSON_DEPTH)).toBe(true);
    expect(exceedsDepth(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(exceedsDepth(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
  });
});
