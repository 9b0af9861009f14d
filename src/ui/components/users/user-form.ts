/** Client-side checks of the account forms, mirroring what the server enforces (routes/users.ts). */
import { checkAccountNip, checkFullName } from '../../../domain/account-fields';
import { ROLES, type Role } from '../../../protocol/protocol';

export const USERNAME_RE = /^[a-z0-9._-]{3,40}$/;
export const MIN_PASSWORD_LENGTH = 8;

export type UserFormProblem =
  | 'usernameFormat'
  | 'passwordShort'
  | 'unitsRequired'
  | 'fullNameInvalid'
  | 'nipFormat';

export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase();
}

/** Facilitators and unit teams see only their units, so they need at least one. */
export function needsUnits(role: Role): boolean {
  return role !== 'coordinator';
}

export function checkUsername(value: string): UserFormProblem | null {
  return USERNAME_RE.test(normalizeUsername(value)) ? null : 'usernameFormat';
}

export function checkPassword(value: string): UserFormProblem | null {
  return value.length >= MIN_PASSWORD_LENGTH ? null : 'passwordShort';
}

export function checkUnits(role: Role, unitIds: readonly string[]): UserFormProblem | null {
  return needsUnits(role) && unitIds.length === 0 ? 'unitsRequired' : null;
}

/** The role a select's value names, or null for anything else. */
export function toRole(value: string): Role | null {
  return ROLES.find((r) => r === value) ?? null;
}

/** The same check as the server's (domain/account-fields.ts); empty is allowed. */
export function checkFullNameField(value: string): UserFormProblem | null {
  return checkFullName(value).ok ? null : 'fullNameInvalid';
}

export function checkNipField(value: string): UserFormProblem | null {
  return checkAccountNip(value).ok ? null : 'nipFormat';
}

/** What is sent: the name trimmed, the NIP without the spaces people type. */
export function personFields(fullName: string, nip: string): { fullName: string; nip: string } {
  const name = checkFullName(fullName);
  const n = checkAccountNip(nip);
  return { fullName: name.ok ? name.value : fullName, nip: n.ok ? n.value : nip };
}
