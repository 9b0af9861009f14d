/**
 * The server's storage contract. SQLite (better-sqlite3) implements it today; a PostgreSQL
 * implementation must pass the same contract tests (test/server/*). Merge, permission and
 * validation rules live outside storage (sync/apply-push.ts, sync/merge.ts) and are shared.
 * A fault of the storage itself (disk full, I/O error, corrupt file) is thrown as
 * StorageUnavailableError (faults.ts), which the app answers with 503 `storage-unavailable`.
 */

import type { Change, Mutation, MutationResult, PublicUser, Role } from '../../protocol/protocol';
import type { StorageHealth } from './faults';

export interface UserRecord extends PublicUser {
  passwordHash: string;
  createdAt: string;
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
}

export interface PullPage {
  changes: Change[];
  /** Highest version included (or the cursor given when nothing was found). */
  lastVersion: number;
  hasMore: boolean;
  /** Changes after this page visible to the caller (for progress bars). */
  remaining: number;
}

export interface Storage {
  // accounts
  findUserByUsername(username: string): Promise<UserRecord | undefined>;
  getUser(id: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<UserRecord[]>;
  createUser(user: NewUser): Promise<UserRecord>;
  updateUser(
    id: string,
    patch: Partial<Pick<UserRecord, 'passwordHash' | 'role' | 'unitIds' | 'active'>>,
  ): Promise<UserRecord | undefined>;
  countUsers(): Promise<number>;
  // sessions
  saveToken(token: TokenRecord): Promise<void>;
  getToken(hash: string): Promise<TokenRecord | undefined>;
  revokeToken(hash: string): Promise<void>;
  revokeUserTokens(userId: string): Promise<void>;
  // sync
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
