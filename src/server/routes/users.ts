import { type Context, Hono } from 'hono';
import { ROLES, type Role } from '../../protocol/protocol';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { type Env, fail, isObject, readJson, type ServerDeps } from '../http';
import { AccountRuleError, type UserPatch } from '../storage/types';
import { toPublic } from './auth';
import { requireCoordinator, requireUser } from './require-user';

const USERNAME_RE = /^[a-z0-9._-]{3,40}$/;
const isUnitIds = (v: unknown): v is string[] =>
  Array.isArray(v) &&
  v.length <= 500 &&
  v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 64);
const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** Account management, coordinators only. Accounts are deactivated, never deleted (history keeps names). */
/** The answer to an account rule the store refused inside its transaction. */
function refusal(c: Context<Env>, err: AccountRuleError) {
  return err.code === 'last-coordinator'
    ? fail(c, 409, 'last-coordinator', 'This would leave no active coordinator.')
    : fail(c, 403, 'forbidden', 'Only coordinators may do this.');
}

export function userRoutes(deps: ServerDeps) {
  const app = new Hono<Env>();

  /** The store checks, inside the write, the acting coordinator and the last-coordinator rule. */
  async function updateOrRefuse(c: Context<Env>, id: string, patch: UserPatch) {
    try {
      return (
        (await deps.storage.updateUser(id, patch, c.get('user').id)) ??
        fail(c, 404, 'not-found', 'No such user.')
      );
    } catch (err) {
      if (err instanceof AccountRuleError) return refusal(c, err);
      throw err;
    }
  }
  app.use('*', requireUser(deps), requireCoordinator());

  app.get('/', async (c) => c.json({ users: (await deps.storage.listUsers()).map(toPublic) }));

  app.post('/', async (c) => {
    const body = await readJson(c);
    if (!isObject(body)) return fail(c, 400, 'bad-request', 'Expected {username, password, role, unitIds}.');
    const username = typeof body.username === 'string' ? body.username.trim().toLowerCase() : '';
    if (!USERNAME_RE.test(username)) return fail(c, 400, 'bad-request', 'username: 3-40 of a-z 0-9 . _ -');
    if (
      typeof body.password !== 'string' ||
      body.password.length < MIN_PASSWORD_LENGTH ||
      body.password.length > 200
    ) {
      return fail(c, 400, 'bad-request', `password: at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    if (!isRole(body.role)) return fail(c, 400, 'bad-request', `role: one of ${ROLES.join(', ')}`);
    const unitIds = body.unitIds ?? [];
    if (!isUnitIds(unitIds)) return fail(c, 400, 'bad-request', 'unitIds: a list of unit ids');
    if (await deps.storage.findUserByUsername(username))
      return fail(c, 409, 'conflict', 'That username is taken.');
    const passwordHash = await hashPassword(body.password);
    try {
      const user = await deps.storage.createUser(
        { username, passwordHash, role: body.role, unitIds },
        c.get('user').id,
      );
      return c.json({ id: user.id }, 201);
    } catch (err) {
      if (err instanceof AccountRuleError) return refusal(c, err);
      // Two requests for one name both passed the check above (hashing awaits in between): the
      // store's unique index refused the second, which is a 409 like any taken name.
      if (await deps.storage.findUserByUsername(username))
        return fail(c, 409, 'conflict', 'That username is taken.');
      throw err;
    }
  });

  app.patch('/:id', async (c) => {
    const body = await readJson(c);
    if (!isObject(body)) return fail(c, 400, 'bad-request', 'Expected a JSON object.');
    const patch: UserPatch = {};
    if ('role' in body) {
      if (!isRole(body.role)) return fail(c, 400, 'bad-request', `role: one of ${ROLES.join(', ')}`);
      patch.role = body.role;
    }
    if ('unitIds' in body) {
      if (!isUnitIds(body.unitIds)) return fail(c, 400, 'bad-request', 'unitIds: a list of unit ids');
      patch.unitIds = body.unitIds;
    }
    if ('active' in body) {
      if (typeof body.active !== 'boolean') return fail(c, 400, 'bad-request', 'active: true or false');
      patch.active = body.active;
    }
    if ('password' in body) {
      if (typeof body.password !== 'string' || body.password.length < MIN_PASSWORD_LENGTH) {
        return fail(c, 400, 'bad-request', `password: at least ${MIN_PASSWORD_LENGTH} characters`);
      }
      patch.passwordHash = await hashPassword(body.password);
    }
    const id = c.req.param('id');
    if (id === c.get('user').id && (patch.active === false || (patch.role && patch.role !== 'coordinator'))) {
      return fail(c, 400, 'bad-request', 'You cannot deactivate or demote your own account.');
    }
    const user = await updateOrRefuse(c, id, patch);
    if (user instanceof Response) return user;
    if (patch.active === false || patch.passwordHash) await deps.storage.revokeUserTokens(id);
    return c.json({ user: toPublic(user) });
  });

  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    if (id === c.get('user').id)
      return fail(c, 400, 'bad-request', 'You cannot deactivate your own account.');
    const user = await updateOrRefuse(c, id, { active: false });
    if (user instanceof Response) return user;
    await deps.storage.revokeUserTokens(id);
    return c.json({ user: toPublic(user) });
  });
  return app;
}
