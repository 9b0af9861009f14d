/**
 * The server's view of who is acting. The rules themselves live in domain/permissions.ts, shared
 * with the UI; the server applies them in sync/authorize.ts (writes) and storage's pull (reads).
 */
import type { PublicUser } from '../../protocol/protocol';

export type AuthUser = PublicUser;
