/**
 * The sync wire protocol, shared by the client engine and the server. Plain JSON over HTTP.
 * The pull cursor is the server's commit sequence (never a client clock), so a late write can
 * never be skipped; mutation ids make pushes idempotent per client.
 *
 * Scope: every pull page says which units the caller may hold now (`PullResponse.scope`). The
 * client evicts every local record of any other unit (city-wide targets excepted), and turns
 * its unsent changes to them into refused changes (`OUT_OF_SCOPE`), so losing access to a unit
 * removes its data from the device. The cursor carries a key of that scope; when the scope
 * changes the pull starts again from 0, so a newly assigned unit's older records arrive too.
 */
import type { ConflictFields as DomainConflictFields } from '../domain/conflict';
import type { DenyReason } from '../domain/permissions';
import type { TableName } from '../domain/tables';

export const SCHEMA_VERSION = 1;
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 1000;

/** Tables that sync. `conflicts` is written by the server and resolved by people. */
export type SyncTable = TableName | 'conflicts';

export type MutationOp = 'create' | 'patch' | 'delete';

export interface Mutation {
  id: string;
  table: TableName;
  recordId: string;
  op: MutationOp;
  fields: Record<string, unknown>;
  baseVersion: number;
  hlc: string;
}

export interface PushRequest {
  clientId: string;
  schemaVersion: number;
  mutations: Mutation[];
}

export type MutationStatus = 'applied' | 'duplicate' | 'conflict' | 'rejected';

export interface MutationResult {
  id: string;
  status: MutationStatus;
  /** The record's server version after this mutation (0 when rejected). */
  version: number;
  /** Reason code when rejected: forbidden, invalid, not-found, unknown-table, schema. */
  error?: string;
  /**
   * For `forbidden`: which rule refused it (domain/permissions.ts): the role may never do this
   * (`role`), may not change this field (`field`, named in details with code `forbiddenField`),
   * or the record is outside the account's units (`scope`).
   */
  reason?: DenyReason;
  /** For `invalid`: which fields and why (domain error codes); `unknownReference` for a broken link. */
  details?: { field: string; code: string }[];
}

export interface PushResponse {
  results: MutationResult[];
}

export interface Change {
  table: SyncTable;
  recordId: string;
  version: number;
  fields: Record<string, unknown>;
  deleted: boolean;
}

/** The units whose records the caller may hold: `'*'` for all (coordinators). */
export interface PullScope {
  units: string[] | '*';
}

/** The refusal code a client gives its own unsent change to a record that left its scope. */
export const OUT_OF_SCOPE = 'out-of-scope';

export interface PullResponse {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
  /** Changes left after this page (an estimate for progress bars; optional). */
  remaining?: number;
  /**
   * The caller's scope when this page was read. Records of units not listed must leave the
   * device. Optional only for an older server: a client that gets none evicts nothing.
   */
  scope?: PullScope;
  /**
   * Records that moved out of the caller's scope in this page's range (an innovation moved to a
   * unit the caller doesn't see, with its 5D rows): the device removes them as it removes an
   * unassigned unit's records. The move itself is never sent to whoever can't see its target.
   */
  left?: RecordRef[];
}

/** One record, by table and id. */
export interface RecordRef {
  table: SyncTable;
  recordId: string;
}

/**
 * A same-field concurrent edit as the server stores it: the conflict record's editable fields
 * (domain/conflict.ts) plus when it was made.
 */
export type ConflictFields = DomainConflictFields & { createdAt: string };

export type ErrorCode =
  | 'invalid-credentials'
  | 'too-many-attempts'
  | 'unauthorized'
  | 'token-expired'
  | 'forbidden'
  | 'bad-request'
  | 'payload-too-large'
  | 'unsupported-schema'
  | 'not-found'
  | 'conflict'
  /** Refused: the change would leave no active coordinator (409). */
  | 'last-coordinator'
  /** 503: the server's storage failed (disk full, I/O error); nothing was stored, retry later. */
  | 'storage-unavailable'
  | 'internal';

export interface ErrorBody {
  error: ErrorCode;
  message: string;
}

export { ROLES, type Role } from '../domain/permissions';

import type { Role } from '../domain/permissions';

export interface PublicUser {
  id: string;
  username: string;
  role: Role;
  unitIds: string[];
  active: boolean;
  /**
   * The person's full name ('' when not given): a new session's facilitator by default. Always
   * sent by this server; optional because a session stored on a device by an older one lacks it.
   */
  fullName?: string;
  /** NIP, 18 digits, or ''. Optional like fullName. */
  nip?: string;
}

/** The public view of an account, and nothing else (a stored account also holds its hash). */
export function publicUser(u: PublicUser): PublicUser {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    unitIds: u.unitIds,
    active: u.active,
    fullName: u.fullName,
    nip: u.nip,
  };
}

/** `PATCH /api/users/:id`: any of these. */
export interface UserPatchBody {
  role?: Role;
  unitIds?: string[];
  active?: boolean;
  password?: string;
  fullName?: string;
  nip?: string;
}

export interface LoginResponse {
  token: string;
  expiresAt: string;
  user: PublicUser;
}
