/**
 * The server's storage contract. SQLite (better-sqlite3) implements it today; a PostgreSQL
 * implementation must pass the same contract tests (test/server/*). Merge, permission and
 * validation rules live outside storage (sync/apply-push.ts, sync/merge.ts) and are shared.
 */
import type { Change, Mutation, MutationResult, PublicUser, Role } from '../../protocol/protocol';

export interface UserRecord extends PublicUser {
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
  close(): Promise<void>;
}
