/**
 * The logged-in account, kept in IndexedDB so the app opens offline for days after one login.
 * `owner` records whose data this device holds, so another account never sees it.
 */
import type { PublicUser } from '../protocol/protocol';
import { db as defaultDb, type KlinikDb } from './schema';

export interface StoredSession {
  token: string;
  expiresAt: string;
  user: PublicUser;
  /** Set when the server said the token is no longer valid; local work goes on. */
  expired?: boolean;
}

export async function getSession(database: KlinikDb = defaultDb): Promise<StoredSession | null> {
  const row = await database.meta.get('session');
  return (row?.value as StoredSession | undefined) ?? null;
}

export async function saveSession(session: StoredSession, database: KlinikDb = defaultDb): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    await database.meta.put({ key: 'session', value: session });
    await database.meta.put({ key: 'owner', value: session.user.id });
  });
}

export async function markSessionExpired(database: KlinikDb = defaultDb): Promise<void> {
  const s = await getSession(database);
  if (s && !s.expired) await database.meta.put({ key: 'session', value: { ...s, expired: true } });
}

export async function clearSession(database: KlinikDb = defaultDb): Promise<void> {
  await database.meta.delete('session');
}

export async function getOwner(database: KlinikDb = defaultDb): Promise<string | null> {
  const row = await database.meta.get('owner');
  return typeof row?.value === 'string' ? row.value : null;
}

/** After a logout: the device holds nobody's data any more. */
export async function clearOwner(database: KlinikDb = defaultDb): Promise<void> {
  await database.meta.delete('owner');
}

/** When this device last finished a sync pass, kept so "last synced 10.42" survives a reload. */
export async function getLastSyncedAt(database: KlinikDb = defaultDb): Promise<Date | null> {
  const row = await database.meta.get('lastSyncedAt');
  return typeof row?.value === 'string' ? new Date(row.value) : null;
}

export async function saveLastSyncedAt(at: Date, database: KlinikDb = defaultDb): Promise<void> {
  await database.meta.put({ key: 'lastSyncedAt', value: at.toISOString() });
}
