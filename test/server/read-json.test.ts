// @vitest-environment node
/**
 * readJson (server/http.ts) answers every body it can't take as a 400, never a 500: JSON.parse
 * failing with a RangeError (as it may on extreme nesting) is not JSON, and JSON deeper than
 * MAX_JSON_DEPTH is refused before any route logic.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/domain/json-depth';
import { SCHEMA_VERSION } from '../../src/protocol/protocol';
import { isErrorBody } from './helpers';
import { admin, endCursor, s } from './sync-setup';

afterEach(() => vi.restoreAllMocks());

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const push = (fields: string) =>
  `{"clientId":"c-1","schemaVersion":${SCHEMA_VERSION},"mutations":[{"id":"m-1","table":"units","recordId":"r-1","op":"patch","fields":${fields},"baseVersion":0,"hlc":"x"}]}`;

describe('readJson', () => {
  it('answers a JSON.parse RangeError with 400 bad-request', async () => {
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text, reviver) => {
      if (text.startsWith('{"clientId":"c-1"')) throw new RangeError('Maximum call stack size exceeded');
      return parse(text, reviver);
    });
    const r = await s.request('POST', '/api/sync/push', { raw: push('{}'), token: admin });
    expect(r.status).toBe(400);
    expect(isErrorBody(r.body, 'bad-request')).toBe(true);
  });

  it('refuses one level past MAX_JSON_DEPTH and accepts MAX_JSON_DEPTH', async () => {
    const cursor = await endCursor(admin);
    // The push body itself is 4 levels down to `fields`, and `fields` is one more.
    const atLimit = push(`{"parentAgency":${nested(MAX_JSON_DEPTH - 4)}}`);
    const overLimit = push(`{"parentAgency":${nested(MAX_JSON_DEPTH - 3)}}`);
    const ok = await s.request('POST', '/api/sync/push', { raw: atLimit, token: admin });
    expect(ok.status).toBe(200);
    expect(ok.body.results[0]).toMatchObject({ status: 'rejected', error: 'invalid' });
    const deep = await s.request('POST', '/api/sync/push', { raw: overLimit, token: admin });
    expect(deep.status).toBe(400);
    expect(isErrorBody(deep.body, 'bad-request')).toBe(true);
    expect(deep.body.message).toMatch(String(MAX_JSON_DEPTH));
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  });
});
