import { type Context, Hono } from 'hono';
import { publicUser } from '../../protocol/protocol';
import { hashPassword } from '../auth/passwords';
import { type Env, fail, readJson, type ServerDeps } from '../http';
import { AccountRuleError, type UserPatch } from '../storage/types';
import { requireCoordinator, requireUser } from './require-user';
import { parseNewUser, parseUserPatch } from './user-body';

/** The answer to an account rule the store refused inside its transaction. */
function refusal(c: Context<Env>, err: AccountRuleError) {
  return err.code === 'last-coordinator'
    ? fail(c, 409, 'last-coordinator', 'This would leave no active coordinator.')
    : fail(c, 403, 'forbidden', 'Only coordinators may do this.');
}

/** Account management, coordinators only. Accounts are deactivated, never deleted (history keeps names). */
export function userRoutes(deps: ServerDeps) {
  const app = new Hono<Env>();
  app.use('*', requireUser(deps), requireCoordinator());

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

  app.get('/', async (c) => c.json({ users: (await deps.storage.listUsers()).map(publicUser) }));

  app.post('/', async (c) => {
    const parsed = parseNewUser(await readJson(c));
    if (!parsed.ok) return fail(c, 400, 'bad-request', parsed.message);
    const { password, ...fields } = parsed.value;
    if (await deps.storage.findUserByUsername(fields.username))
      return fail(c, 409, 'conflict', 'That username is taken.');
    const passwordHash = await hashPassword(password);
    try {
      const user = await deps.storage.createUser({ ...fields, passwordHash }, c.get('user').id);
      return c.json({ id: user.id }, 201);
    } catch (err) {
      if (err instanceof AccountRuleError) return refusal(c, err);
      // Two requests for one name both passed the check above (hashing awaits in between): the
      // store's unique index refused the second, which is a 409 like any taken name.
      if (await deps.storage.findUserByUsername(fields.username))
        return fail(c, 409, 'conflict', 'That username is taken.');
      throw err;
    }
  });

  app.patch('/:id', async (c) => {
    const parsed = parseUserPatch(await readJson(c));
    if (!parsed.ok) return fail(c, 400, 'bad-request', parsed.message);
    const { password, ...patch } = parsed.value as UserPatch & { password?: string };
    if (password !== undefined) patch.passwordHash = await hashPassword(password);
    const id = c.req.param('id');
    if (id === c.get('user').id && (patch.active === false || (patch.role && patch.role !== 'coordinator'))) {
      return fail(c, 400, 'bad-request', 'You cannot deactivate or demote your own account.');
    }
    const user = await updateOrRefuse(c, id, patch);
    if (user instanceof Response) return user;
    if (patch.active === false || patch.passwordHash) await deps.storage.revokeUserTokens(id);
    return c.json({ user: publicUser(user) });
  });

  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    if (id === c.get('user').id)
      return fail(c, 400, 'bad-request', 'You cannot deactivate your own account.');
    const user = await updateOrRefuse(c, id, { active: false });
    if (user instanceof Response) return user;
    await deps.storage.revokeUserTokens(id);
    return c.json({ user: publicUser(user) });
  });
  return app;
}
