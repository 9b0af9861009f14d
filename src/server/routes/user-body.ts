/**
 * The bodies of POST /api/users and PATCH /api/users/:id, checked field by field with a message
 * naming the field. Only own properties count and unknown fields are refused, so `__proto__`,
 * `constructor` or a typo can neither slip through nor be silently dropped.
 */
import {
  type AccountFieldError,
  checkAccountNip,
  checkFullName,
  MAX_FULL_NAME_LENGTH,
} from '../../domain/account-fields';
import { ROLES, type Role, type UserPatchBody } from '../../protocol/protocol';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { isObject } from '../http';

export const USERNAME_RE = /^[a-z0-9._-]{3,40}$/;
const MAX_PASSWORD_LENGTH = 200;

export interface NewUserBody {
  username: string;
  password: string;
  role: Role;
  unitIds: string[];
  fullName: string;
  nip: string;
}

export type PatchBody = UserPatchBody;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const isUnitIds = (v: unknown): v is string[] =>
  Array.isArray(v) &&
  v.length <= 500 &&
  v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 64);
const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const isPassword = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= MIN_PASSWORD_LENGTH && v.length <= MAX_PASSWORD_LENGTH;

const NAME_MESSAGES: Record<AccountFieldError, string> = {
  type: 'fullName: a string',
  tooLong: `fullName: at most ${MAX_FULL_NAME_LENGTH} characters`,
  invalidChars: 'fullName: no control characters, direction overrides or broken characters',
  noLetters: 'fullName: a name needs letters (or leave it empty)',
  invalidNip: 'fullName: a string',
};
const NIP_MESSAGE = 'nip: 18 digits, or empty';
const PASSWORD_MESSAGE = `password: ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`;

function unknownField(body: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  const extra = Object.keys(body).find((k) => !allowed.includes(k));
  return extra === undefined ? undefined : `unknown field ${JSON.stringify(extra.slice(0, 40))}`;
}

const own = (body: Record<string, unknown>, key: string) => Object.hasOwn(body, key);

/** fullName and nip, shared by both bodies; absent fields are left out. */
function personFields(body: Record<string, unknown>): Parsed<{ fullName?: string; nip?: string }> {
  const out: { fullName?: string; nip?: string } = {};
  if (own(body, 'fullName')) {
    const name = checkFullName(body.fullName);
    if (!name.ok) return { ok: false, message: NAME_MESSAGES[name.error] };
    out.fullName = name.value;
  }
  if (own(body, 'nip')) {
    const nip = checkAccountNip(body.nip);
    if (!nip.ok) return { ok: false, message: NIP_MESSAGE };
    out.nip = nip.value;
  }
  return { ok: true, value: out };
}

export function parseNewUser(body: unknown): Parsed<NewUserBody> {
  if (!isObject(body))
    return { ok: false, message: 'Expected {username, password, role, unitIds, fullName?, nip?}.' };
  const extra = unknownField(body, ['username', 'password', 'role', 'unitIds', 'fullName', 'nip']);
  if (extra) return { ok: false, message: extra };
  const username = typeof body.username === 'string' ? body.username.trim().toLowerCase() : '';
  if (!USERNAME_RE.test(username)) return { ok: false, message: 'username: 3-40 of a-z 0-9 . _ -' };
  if (!isPassword(body.password)) return { ok: false, message: PASSWORD_MESSAGE };
  if (!isRole(body.role)) return { ok: false, message: `role: one of ${ROLES.join(', ')}` };
  const unitIds = own(body, 'unitIds') ? body.unitIds : [];
  if (!isUnitIds(unitIds)) return { ok: false, message: 'unitIds: a list of unit ids' };
  const person = personFields(body);
  if (!person.ok) return person;
  return {
    ok: true,
    value: {
      username,
      password: body.password,
      role: body.role,
      unitIds,
      fullName: person.value.fullName ?? '',
      nip: person.value.nip ?? '',
    },
  };
}

export function parseUserPatch(body: unknown): Parsed<PatchBody> {
  if (!isObject(body)) return { ok: false, message: 'Expected a JSON object.' };
  const extra = unknownField(body, ['role', 'unitIds', 'active', 'password', 'fullName', 'nip']);
  if (extra) return { ok: false, message: extra };
  const patch: PatchBody = {};
  if (own(body, 'role')) {
    if (!isRole(body.role)) return { ok: false, message: `role: one of ${ROLES.join(', ')}` };
    patch.role = body.role;
  }
  if (own(body, 'unitIds')) {
    if (!isUnitIds(body.unitIds)) return { ok: false, message: 'unitIds: a list of unit ids' };
    patch.unitIds = body.unitIds;
  }
  if (own(body, 'active')) {
    if (typeof body.active !== 'boolean') return { ok: false, message: 'active: true or false' };
    patch.active = body.active;
  }
  if (own(body, 'password')) {
    if (!isPassword(body.password)) return { ok: false, message: PASSWORD_MESSAGE };
    patch.password = body.password;
  }
  const person = personFields(body);
  if (!person.ok) return person;
  return { ok: true, value: { ...patch, ...person.value } };
}
