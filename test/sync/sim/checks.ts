/**
 * End-of-seed invariants, once faults have stopped and every device has synced until quiet:
 * (1) every device holds exactly the server rows its account may see, field by field;
 * (4) every outbox is empty (nothing stuck in flight) and nothing was dead-lettered;
 * (5) a fresh device pulling from zero in small pages ends equal to the server;
 * (3) replaying every push the server ever received changes nothing.
 * (2), no acknowledged write lost, is checked push by push in ledger.ts; `pendingShown` is
 * checked after every step of a pass (a pull never overwrites what someone typed).
 */

import type { KlinikDb } from '../../../src/db/schema';
import { readDeletedIds } from '../../../src/db/tombstones';
import { canSee } from '../../../src/domain/permissions';
import { TABLES } from '../../../src/domain/tables';
import type { Change, PublicUser } from '../../../src/protocol/protocol';
import { canon, keyOf } from './ledger';
import type { SimServer } from './server';

/** The unit a server row belongs to, worked out from the data (not from the storage's SQL). */
function unitOf(row: Change, mirror: ReadonlyMap<string, Change>): string {
  switch (row.table) {
    case 'units':
      return row.recordId;
    case 'targets':
    case 'clinicIdentities':
      return '';
    case 'stageProgress': {
      const parent = mirror.get(keyOf('innovations', String(row.fields.innovationId)));
      return parent ? String(parent.fields.unitId) : '?';
    }
    default:
      return String(row.fields.unitId ?? '?');
  }
}

export function visibleTo(user: PublicUser, mirror: ReadonlyMap<string, Change>): Map<string, Change> {
  const out = new Map<string, Change>();
  for (const [k, row] of mirror) if (canSee(user, unitOf(row, mirror))) out.set(k, row);
  return out;
}

/** Local rows as comparable objects: everything but the device-side `updatedAt`. */
function localShape(row: Record<string, unknown>): string {
  const { updatedAt: _u, id: _i, ...rest } = row;
  return canon(rest);
}
function serverShape(row: Change): string {
  const { updatedAt: _u, deleted: _d, ...fields } = row.fields;
  return canon({ ...fields, deleted: row.deleted, version: row.version });
}

export async function compareWithServer(
  name: string,
  db: KlinikDb,
  expected: ReadonlyMap<string, Change>,
  alias: (id: string) => string,
): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const table of TABLES) {
    for (const row of (await db.table(table).toArray()) as Record<string, unknown>[]) {
      const k = keyOf(table, String(row.id));
      seen.add(k);
      const server = expected.get(k);
      if (!server) {
        problems.push(`${name}: has ${table} ${alias(String(row.id))} the server does not show it`);
        continue;
      }
      const a = localShape(row);
      const b = serverShape(server);
      if (a !== b) {
        const local = JSON.parse(a) as Record<string, unknown>;
        const remote = JSON.parse(b) as Record<string, unknown>;
        const diff = [...new Set([...Object.keys(local), ...Object.keys(remote)])]
          .filter((f) => canon(local[f]) !== canon(remote[f]))
          .map(
            (f) => `${f}: device ${canon(local[f]).slice(0, 50)} / server ${canon(remote[f]).slice(0, 50)}`,
          );
        problems.push(`${name}: ${table} ${alias(String(row.id))} differs — ${diff.join('; ')}`);
      }
    }
  }
  for (const [k, row] of expected) {
    if (!seen.has(k)) problems.push(`${name}: misses ${row.table} ${alias(row.recordId)} (v${row.version})`);
  }
  return problems;
}

/**
 * Every change still waiting in the outbox is what the device shows: for each record, the
 * newest pending value of each field (per-field rebase after a pull).
 */
export async function pendingShown(
  name: string,
  db: KlinikDb,
  alias: (id: string) => string,
): Promise<string[]> {
  const expected = new Map<string, Record<string, unknown>>();
  for (const e of await db.outbox.orderBy('seq').toArray()) {
    const k = keyOf(e.table, e.recordId);
    expected.set(k, { ...expected.get(k), ...e.fields });
  }
  const problems: string[] = [];
  for (const [k, fields] of expected) {
    const [table, id] = k.split('/') as [string, string];
    const row = (await db.table(table).get(id)) as Record<string, unknown> | undefined;
    for (const [f, v] of Object.entries(fields)) {
      if (canon(row?.[f]) !== canon(v)) {
        problems.push(
          `${name}: ${table} ${alias(id)}.${f} shows ${canon(row?.[f]).slice(0, 40)}, pending edit says ${canon(v).slice(0, 40)}`,
        );
      }
    }
  }
  return problems;
}

export async function outboxProblems(name: string, db: KlinikDb): Promise<string[]> {
  const problems: string[] = [];
  const outbox = await db.outbox.toArray();
  if (outbox.length) {
    const stuck = outbox.filter((e) => e.inFlight).length;
    problems.push(`${name}: ${outbox.length} outbox entries left (${stuck} marked in flight)`);
  }
  for (const d of await db.deadLetters.toArray()) {
    problems.push(
      `${name}: dead letter ${d.entry.op} ${d.entry.table}: ${d.error} ${canon(d.details ?? [])}`,
    );
  }
  return problems;
}

/** The tombstone index names exactly the deleted records of each table, on every device. */
export async function tombstoneProblems(name: string, db: KlinikDb): Promise<string[]> {
  const problems: string[] = [];
  for (const table of TABLES) {
    const deleted = (await db.table(table).toArray()).filter((r) => r.deleted).map((r) => r.id as string);
    const indexed = [...(await readDeletedIds(db, table))];
    if (canon(deleted.sort()) !== canon(indexed.sort()))
      problems.push(`${name}: ${table} tombstones ${canon(indexed)} but deleted ${canon(deleted)}`);
  }
  return problems;
}

/** Replays every push the server received; the state (and the sequence) must not move. */
export async function replayProblems(
  server: SimServer,
  pushes: { path: string; init: RequestInit }[],
): Promise<string[]> {
  const before = canon(await server.dump());
  const problems: string[] = [];
  for (const p of pushes) {
    const res = await server.handle(p.path, p.init);
    if (!res.ok) {
      problems.push(`replay answered ${res.status}`);
      continue;
    }
    const body = (await res.json()) as { results: { status: string }[] };
    const fresh = body.results.filter((r) => r.status !== 'duplicate' && r.status !== 'rejected');
    if (fresh.length) problems.push(`replay applied ${fresh.length} mutation(s) again`);
  }
  if (canon(await server.dump()) !== before) problems.push('replaying every push changed the server state');
  return problems;
}

/**
 * (6) Every record's stored scope is the unit its data names: a member of unit U pulls exactly
 * the rows whose fields say U (found: a losing move left the stored scope on the loser's unit).
 */
export async function scopeProblems(
  storage: Pick<SimServer['storage'], 'pull'>,
  mirror: ReadonlyMap<string, Change>,
  alias: (id: string) => string,
): Promise<string[]> {
  const problems: string[] = [];
  const units = [...mirror.values()].filter((c) => c.table === 'units').map((c) => c.recordId);
  for (const unitId of units) {
    const member: PublicUser = {
      id: 'scope-check',
      username: 'scope-check',
      role: 'unit',
      unitIds: [unitId],
      active: true,
    };
    const stored = new Set<string>();
    for (let after = 0; ; ) {
      const page = await storage.pull(member, after, 1000);
      for (const c of page.changes)
        if (c.table !== 'targets' && c.table !== 'clinicIdentities') stored.add(keyOf(c.table, c.recordId));
      after = page.lastVersion;
      if (!page.hasMore) break;
    }
    const named = new Set([...mirror].filter(([, row]) => unitOf(row, mirror) === unitId).map(([k]) => k));
    for (const k of stored)
      if (!named.has(k))
        problems.push(`scope: ${alias(k)} is stored in unit ${alias(unitId)} but its data names another`);
    for (const k of named)
      if (!stored.has(k))
        problems.push(`scope: ${alias(k)} names unit ${alias(unitId)} but is stored elsewhere`);
  }
  return problems;
}
