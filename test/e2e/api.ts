/**
 * Server-side setup for e2e tests, through the real HTTP API (never the database): log in,
 * create accounts, and push records as a coordinator's device would.
 */
import { uuidv7 } from '../../src/domain/ids';
import { newInnovationFields } from '../../src/domain/innovation';
import { defaultStageProgress } from '../../src/domain/stage-progress';
import { STAGES } from '../../src/domain/stages';
import { newUnitFields, type UnitKind } from '../../src/domain/unit';
import { formatHlc } from '../../src/protocol/hlc';
import type { Change, Mutation, PullResponse, PushResponse } from '../../src/protocol/protocol';

export interface Api {
  token: string;
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function apiLogin(baseURL: string, username: string, password: string): Promise<Api> {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  return {
    token,
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const r = await fetch(`${baseURL}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    },
  };
}

const clientId = `e2e-setup-${uuidv7()}`;
let counter = 0;

function mutation(table: Mutation['table'], recordId: string, fields: Record<string, unknown>): Mutation {
  return {
    id: uuidv7(),
    table,
    recordId,
    op: 'create',
    fields,
    baseVersion: 0,
    hlc: formatHlc(Date.now(), counter++, clientId),
  };
}

/** Creates a unit with one innovation (and its five 5D stage rows); returns their ids. */
export async function seedUnit(api: Api, name: string, kind: UnitKind, innovationName: string) {
  const unitId = uuidv7();
  const innovationId = uuidv7();
  const mutations = [
    mutation('units', unitId, newUnitFields({ name, kind })),
    mutation('innovations', innovationId, newInnovationFields({ unitId, name: innovationName })),
    ...STAGES.map((stage) =>
      mutation('stageProgress', uuidv7(), defaultStageProgress(innovationId, stage, uuidv7)),
    ),
  ];
  const { results } = await api.call<PushResponse>('POST', '/api/sync/push', {
    clientId,
    schemaVersion: 1,
    mutations,
  });
  const refused = results.filter((r) => r.status !== 'applied');
  if (refused.length) throw new Error(`seed refused: ${JSON.stringify(refused)}`);
  return { unitId, innovationId };
}

/** Everything the account may see, following the cursor to the end. */
export async function pullAll(api: Api): Promise<Change[]> {
  const changes: Change[] = [];
  let cursor = '';
  for (;;) {
    const page = await api.call<PullResponse>(
      'GET',
      `/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=500`,
    );
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return changes;
  }
}

/** Creates records of any tables in one push (as the coordinator's device would); throws if one is refused. */
export async function seedRecords(
  api: Api,
  records: readonly { table: Mutation['table']; id: string; fields: Record<string, unknown> }[],
): Promise<void> {
  const { results } = await api.call<PushResponse>('POST', '/api/sync/push', {
    clientId,
    schemaVersion: 1,
    mutations: records.map((r) => mutation(r.table, r.id, r.fields)),
  });
  const refused = results.filter((r) => r.status !== 'applied');
  if (refused.length) throw new Error(`seed refused: ${JSON.stringify(refused)}`);
}
