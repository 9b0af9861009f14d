/**
 * The server's storage contract. SQLite (better-sqlite3) implements it today; a PostgreSQL
 * implementation must pass the same contract tests (test/server/*). Merge, permission and
 * validation rules live outside storage (sync/apply-push.ts, sync/merge.ts) and are shared.
 * A fault of the storage itself (disk full, I/O error, corrupt file) is thrown as
 * StorageUnavailableError (faults.ts), which the app answers with 503 `storage-unavailable`.
 */

import type { Change, Mutation, MutationResult, PublicUser, RecordRef, Role } from '../../protocol/protocol';
import type { StorageHealth } from './faults';

export interface UserRecord extends PublicUser {
  fullName: string;
  nip: string;
  passwordHash: string;
  createdAt: string;
}

/**
 * Thrown by `push` when the account is inactive (or gone) at the moment the push commits, even
 * though it was active when its token was checked: the route answers 401 unauthorized.
 */
export class AccountInactiveError extends Error {
  constructor() {
    super('account inactive');
    this.name = 'AccountInactiveError';
  }
}

/**
 * Thrown by `createUser` / `updateUser` when an account rule, checked inside the write's
 * transaction, refuses it: `last-coordinator` (the change would leave no active coordinator,
 * 409) or `forbidden` (the acting account is no longer an active coordinator, 403).
 */
export class AccountRuleError extends Error {
  constructor(readonly code: 'last-coordinator' | 'forbidden') {
    super(code);
    this.name = 'AccountRuleError';
  }
}

export interface TokenRecord {
  hash: string;
  userId: string;
  expiresAt: string;
  revoked: boolean;
}

export interface NewUser {
  username: string;
  passwordHash: string;
  role: Role;
  unitIds: string[];
  /** Checked by the caller (domain/account-fields.ts); '' when absent. */
  fullName?: string;
  nip?: string;
}

export type UserPatch = Partial<
  Pick<UserRecord, 'passwordHash' | 'role' | 'unitIds' | 'active' | 'fullName' | 'nip'>
>;

export interface PullPage {
  changes: Change[];
  /** Highest version included (or the cursor given when nothing was found). */
  lastVersion: number;
  hasMore: boolean;
  /** Changes after this page visible to the caller (for progress bars). */
  remaining: number;
  /** Records that moved out of the caller's scope up to `lastVersion` (protocol `left`). */
  left: RecordRef[];
}

export interface Storage {
  // accounts
  findUserByUsername(username: string): Promise<UserRecord | undefined>;
  getUser(id: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<UserRecord[]>;
  /** `actorId`: the coordinator creating it, re-checked in the write (AccountRuleError). */
  createUser(user: NewUser, actorId?: string): Promise<UserRecord>;
  /**
   * Undefined for an unknown id. Check and write are one transaction: a change that would leave
   * no active coordinator, or one by an `actorId` no longer an active coordinator, throws
   * AccountRuleError and writes nothing.
   */
  updateUser(id: string, patch: UserPatch, actorId?: string): Promise<UserRecord | undefined>;
  countUsers(): Promise<number>;
  // sessions
  saveToken(token: TokenRecord): Promise<void>;
  getToken(hash: string): Promise<TokenRecord | undefined>;
  revokeToken(hash: string): Promise<void>;
  revokeUserTokens(userId: string): Promise<void>;
  // sync
  /**
   * Applies a push as one transaction. The account is re-read inside it: its role and units at
   * commit decide, and an account inactive by then throws AccountInactiveError (nothing applied).
   */
  push(
    user: PublicUser,
    clientId: string,
    mutations: readonly Mutation[],
    now: Date,
  ): Promise<MutationResult[]>;
  pull(user: PublicUser, afterVersion: number, limit: number): Promise<PullPage>;
  /**
   * `error` while the store cannot serve: a read fails, or the last write failed with a storage
   * fault (disk full, I/O error) and none has succeeded since. Answers fast; /api/health uses it.
   */
  health(): Promise<StorageHealth>;
  close(): Promise<void>;
}
