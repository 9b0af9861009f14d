import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  type PullResponse,
  type PullScope,
  type PushResponse,
  SCHEMA_VERSION,
} from '../../protocol/protocol';
import { type Env, fail, readJson, type ServerDeps } from '../http';
import { AccountInactiveError } from '../storage/types';
import { parsePush } from '../sync/parse-push';
import type { AuthUser } from '../sync/permissions';
import { requireUser } from './require-user';

/**
 * The cursor is `<last version>.<scope key>`. When the caller's scope changes (a unit assigned
 * or removed), the key no longer matches and the pull starts again from 0, so records of a
 * newly visible unit are not skipped just because the cursor had already passed them.
 */
function scopeKey(user: AuthUser): string {
  const scope = user.role === 'coordinator' ? '*' : [...user.unitIds].sort().join(',');
  return createHash('sha256').update(`${user.role}|${scope}`).digest('base64url').slice(0, 10);
}

/** What the caller may hold, sent with every page so a device can evict what left it. */
function pullScope(user: AuthUser): PullScope {
  return { units: user.role === 'coordinator' ? '*' : [...user.unitIds].sort() };
}

function parseCursor(cursor: string | undefined, user: AuthUser): number | null {
  if (!cursor) return 0;
  const m = /^(\d{1,15})\.([\w-]{1,20})$/.exec(cursor);
  if (!m) return null;
  return m[2] === scopeKey(user) ? Number(m[1]) : 0;
}

export function syncRoutes(deps: ServerDeps) {
  const app = new Hono<Env>();
  app.use('*', requireUser(deps));

  app.post('/push', async (c) => {
    const body = await readJson(c);
    if (body === undefined) return fail(c, 400, 'bad-request', 'The body is not JSON.');
    const parsed = parsePush(body);
    if (!parsed.ok) return fail(c, 400, 'bad-request', parsed.message);
    if (parsed.value.schemaVersion !== SCHEMA_VERSION) {
      return fail(
        c,
        409,
        'unsupported-schema',
        `This server speaks schema ${SCHEMA_VERSION}: update the app.`,
      );
    }
    const { clientId, mutations } = parsed.value;
    let results: PushResponse['results'];
    try {
      results = await deps.storage.push(c.get('user'), clientId, mutations, deps.now());
    } catch (err) {
      // Deactivated while this request's body was arriving: nothing was applied.
      if (err instanceof AccountInactiveError)
        return fail(c, 401, 'unauthorized', 'This account is not active.');
      throw err;
    }
    const res: PushResponse = { results };
    return c.json(res);
  });

  app.get('/pull', async (c) => {
    const user = c.get('user');
    const after = parseCursor(c.req.query('cursor'), user);
    if (after === null) return fail(c, 400, 'bad-request', 'cursor: as returned by the previous pull');
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? DEFAULT_PULL_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PULL_LIMIT) {
      return fail(c, 400, 'bad-request', `limit: 1 to ${MAX_PULL_LIMIT}`);
    }
    const page = await deps.storage.pull(user, after, limit);
    const res: PullResponse = {
      changes: page.changes,
      cursor: `${page.lastVersion}.${scopeKey(user)}`,
      hasMore: page.hasMore,
      remaining: page.remaining,
      scope: pullScope(user),
      ...(page.left.length ? { left: page.left } : {}),
    };
    return c.json(res);
  });
  return app;
}
