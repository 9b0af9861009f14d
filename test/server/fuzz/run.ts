/**
 * The server fuzz: hostile requests to push, pull, login and the account routes of a real server
 * on a real SQLite file. Properties, for every request: no 5xx; an error answer is exactly
 * {error, message} with no stack trace; and a request that was refused (an error status, or a
 * push whose every mutation was rejected) leaves the store as it was — the coordinator's pull
 * shows no new change and the account list is unchanged.
 * `npm test` runs 1,000 cases (test/server/fuzz.test.ts); `npm run soak -- --fuzz 100000` many more.
 */
import fc from 'fast-check';
import { fields, isErrorBody, startServer, type TestServer, writer } from '../helpers';
import { type FuzzRequest, type KnownIds, requestArb, type Who } from './arbitraries';

export interface FuzzReport {
  cases: number;
  byStatus: Record<string, number>;
  applied: number;
}

interface World {
  s: TestServer;
  tokens: Record<Who, string | undefined>;
  cursor: string;
  users: string;
}

async function seed(s: TestServer): Promise<{ ids: KnownIds; userIds: string[]; tokens: World['tokens'] }> {
  const w = writer();
  const units = [fields.unit('Unit Fuzz A'), fields.unit('Unit Fuzz B')].map((f) => w.create('units', f));
  const [ua, ub] = units.map((m) => m.recordId) as [string, string];
  const records = [
    w.create('innovations', fields.innovation(ua, 'Inovasi A')),
    w.create('innovations', fields.innovation(ub, 'Inovasi B')),
    w.create('mentoringSessions', fields.session(ua)),
    w.create('actionItems', fields.actionItem(ua)),
    w.create('targets', fields.target(2030)),
  ];
  const results = await s.push(s.adminToken, w.clientId, [...units, ...records]);
  if (results.some((r) => r.status !== 'applied')) throw new Error(`seed: ${JSON.stringify(results)}`);
  const facilitator = await s.addUser(s.adminToken, 'facilitator', [ua]);
  const member = await s.addUser(s.adminToken, 'unit', [ua]);
  // Accounts the fuzz may edit freely: never the ones whose tokens it uses.
  const spare = await Promise.all([
    s.addUser(s.adminToken, 'unit', [ub]),
    s.addUser(s.adminToken, 'facilitator', []),
  ]);
  return {
    ids: { units: [ua, ub], records: records.map((m) => m.recordId) },
    userIds: spare.map((u) => u.id),
    tokens: {
      coordinator: s.adminToken,
      facilitator: facilitator.token,
      unit: member.token,
      nobody: undefined,
      forged: 'forged-token-0000000000000000000000000000',
    },
  };
}

function validFields(table: string, unitId: string, innovationId: string): Record<string, unknown> {
  switch (table) {
    case 'units':
      return fields.unit('Unit Fuzz');
    case 'innovations':
      return fields.innovation(unitId, 'Inovasi Fuzz');
    case 'stageProgress':
      return fields.stageProgress(innovationId);
    case 'mentoringSessions':
      return fields.session(unitId);
    case 'actionItems':
      return fields.actionItem(unitId);
    case 'clinicIdentities':
      return fields.clinicIdentity();
    default:
      return fields.target(2031);
  }
}

async function storeState(world: World): Promise<{ changes: number; cursor: string; users: string }> {
  const since = await world.s.pullAll(world.s.adminToken, world.cursor);
  const users = await world.s.get('/api/users', world.s.adminToken);
  return { changes: since.changes.length, cursor: since.cursor, users: JSON.stringify(users.body) };
}

function send(world: World, r: FuzzRequest): Promise<Response> {
  const base = `${world.s.baseURL}/api`;
  const auth = (who: Who): Record<string, string> => {
    const token = world.tokens[who];
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  const json = { 'content-type': 'application/json' };
  switch (r.route) {
    case 'push':
      return fetch(`${base}/sync/push`, {
        method: 'POST',
        headers: { ...json, ...auth(r.who) },
        body: r.body,
      });
    case 'pull': {
      const q = new URLSearchParams();
      if (r.query.cursor !== null) q.set('cursor', r.query.cursor);
      if (r.query.limit !== null) q.set('limit', String(r.query.limit));
      return fetch(`${base}/sync/pull?${q}`, { headers: auth(r.who) });
    }
    case 'login':
      return fetch(`${base}/auth/login`, { method: 'POST', headers: json, body: r.body });
    case 'users-create':
      return fetch(`${base}/users`, { method: 'POST', headers: { ...json, ...auth(r.who) }, body: r.body });
    case 'users-patch':
      return fetch(`${base}/users/${encodeURIComponent(r.target.replace(/[\ud800-\udfff]/g, '\ufffd'))}`, {
        method: 'PATCH',
        headers: { ...json, ...auth(r.who) },
        body: r.body,
      });
  }
}

/** Was anything accepted? Only then may the store have changed. */
function accepted(status: number, body: unknown): boolean {
  if (status >= 400) return false;
  const results = (body as { results?: { status: string }[] } | null)?.results;
  if (Array.isArray(results)) return results.some((x) => x.status !== 'rejected');
  return true;
}

export async function runFuzz(
  numRuns: number,
  seedValue?: number,
  onProgress?: (report: FuzzReport) => void,
): Promise<FuzzReport> {
  const s = await startServer();
  try {
    const { ids, userIds, tokens } = await seed(s);
    const world: World = { s, tokens, cursor: '', users: '' };
    const first = await storeState(world);
    world.cursor = first.cursor;
    world.users = first.users;
    const report: FuzzReport = { cases: 0, byStatus: {}, applied: 0 };
    const outcome = await fc.check(
      fc.asyncProperty(requestArb(ids, userIds, validFields), async (r) => {
        const res = await send(world, r);
        const text = await res.text();
        report.cases++;
        if (onProgress && report.cases % 1000 === 0) onProgress(report);
        report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
        if (res.status >= 500) throw new Error(`${res.status} for ${r.route}: ${text.slice(0, 300)}`);
        // Node's own HTTP parser answers a request line or headers over its limit before the app.
        if (res.status === 431) return;
        let body: unknown = null;
        try {
          body = JSON.parse(text);
        } catch {
          throw new Error(
            `${r.route} answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`,
          );
        }
        if (res.status >= 400) {
          const code = (body as { error?: string }).error ?? '';
          if (!isErrorBody(body, code)) throw new Error(`error body ${text.slice(0, 200)}`);
        }
        const after = await storeState(world);
        if (accepted(res.status, body)) {
          report.applied++;
          world.cursor = after.cursor;
          world.users = after.users;
        } else if (after.changes > 0 || after.users !== world.users) {
          throw new Error(`a refused ${r.route} (${res.status}) changed the store: ${text.slice(0, 300)}`);
        }
      }),
      { numRuns, ...(seedValue === undefined ? {} : { seed: seedValue }), endOnFailure: true },
    );
    if (outcome.failed) {
      // Counterexamples hold strings of hundreds of kilobytes: say which, never print them whole.
      const example = JSON.stringify(outcome.counterexample, (_k, v) =>
        typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v,
      );
      const cause =
        outcome.errorInstance instanceof Error
          ? outcome.errorInstance.message
          : String(outcome.errorInstance);
      throw new Error(
        `fuzz failed (seed ${outcome.seed}, path ${outcome.counterexamplePath}): ${cause.slice(0, 500)}\n${example.slice(0, 2000)}`,
      );
    }
    return report;
  } finally {
    await s.close();
  }
}
