/**
 * The server-side oracle of the simulation. After every push the real storage committed, it
 * reads what changed (a coordinator-scope pull, so it sees every row) and checks, mutation by
 * mutation, that no write was lost:
 *
 * - every field value an accepted mutation wrote is now the current value, or was superseded by
 *   a later write of the same client in the same push, or is kept as the losing value of a new
 *   `conflicts` record;
 * - a field changes only when a mutation of this push wrote that value, and it may replace the
 *   previous value silently only when the writer had seen it: same client (its writes are
 *   sequential), or `baseVersion` at or after the version that installed it. A concurrent
 *   overwrite must leave the previous value in a conflict record and carry the greater (clamped)
 *   HLC; a concurrent write that loses must carry the smaller one. Delete wins over a concurrent
 *   restore (SYNC.md: "the delete wins"), and a delete keeps every edit it cuts off that its
 *   sender had not seen (a `deleted` conflict record with that value);
 * - `baseVersion` is honest: 0 or a version of that record this client was actually given by a
 *   pull (so "I have seen version N" is never claimed from a push acknowledgement);
 * - a replayed mutation id carries exactly the content of its first delivery and changes nothing.
 */

import { formatHlc, parseHlc } from '../../../src/protocol/hlc';
import type {
  Change,
  ConflictFields,
  Mutation,
  MutationResult,
  PublicUser,
} from '../../../src/protocol/protocol';
import { MAX_CLOCK_SKEW_MS } from '../../../src/server/sync/apply-push';

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
export function canon(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
export const same = (a: unknown, b: unknown): boolean => canon(a) === canon(b);

/** Fields the server sets itself: never compared as data. */
export const BOOKKEEPING_FIELDS = new Set(['createdAt', 'updatedAt']);

export function clampStamp(hlc: string, nowMs: number): string {
  const p = parseHlc(hlc);
  if (!p) return hlc;
  return p.ms > nowMs + MAX_CLOCK_SKEW_MS ? formatHlc(nowMs + MAX_CLOCK_SKEW_MS, p.counter, p.node) : hlc;
}

interface Install {
  version: number;
  clientId: string;
  hlc: string;
}

export const keyOf = (table: string, id: string) => `${table}/${id}`;

export class Ledger {
  /** The server's rows as the observer last read them (coordinator scope: everything). */
  readonly mirror = new Map<string, Change>();
  maxVersion = 0;
  readonly violations: string[] = [];
  /**
   * Which write put the current value of each record field there. Usually one; two candidates
   * when a push changed a field away and back (A→B→A): the server then re-stamped it, but the
   * observer, seeing only whole pushes, cannot tell that from no change at all.
   */
  private readonly installs = new Map<string, Install[]>();
  /** First delivery of each (client, mutation): its content and result. */
  private readonly firstSeen = new Map<string, { content: string; result: MutationResult }>();
  /** Record versions each client was given by a pull: clientId → recordId → versions. */
  private readonly delivered = new Map<string, Map<string, Set<number>>>();
  pushesObserved = 0;
  mutationsApplied = 0;
  conflictsSeen = 0;

  constructor(private readonly describe: (clientId: string) => string = (c) => c) {}

  private fail(message: string): void {
    if (this.violations.length < 50) this.violations.push(message);
  }

  recordDelivered(clientId: string, changes: readonly Change[]): void {
    const byRecord = this.delivered.get(clientId) ?? new Map<string, Set<number>>();
    this.delivered.set(clientId, byRecord);
    for (const c of changes) {
      const versions = byRecord.get(c.recordId) ?? new Set<number>();
      byRecord.set(c.recordId, versions);
      versions.add(c.version);
    }
  }

  /** Called by the storage wrapper after each committed push, with the rows that changed. */
  afterPush(
    user: PublicUser,
    clientId: string,
    mutations: readonly Mutation[],
    results: readonly MutationResult[],
    now: Date,
    changes: readonly Change[],
  ): void {
    this.pushesObserved++;
    const who = `${this.describe(clientId)}(${user.username})`;
    const fresh: { m: Mutation; r: MutationResult }[] = [];
    for (const [i, m] of mutations.entries()) {
      const r = results[i];
      if (!r || r.id !== m.id) {
        this.fail(`${who}: result ${i} does not answer mutation ${m.id}`);
        continue;
      }
      const key = `${clientId}|${m.id}`;
      const content = canon({ ...m, id: undefined });
      const first = this.firstSeen.get(key);
      if (first) {
        if (first.content !== content)
          this.fail(`${who}: mutation id ${m.id} re-sent with different content`);
        const expected = first.result.status === 'rejected' ? 'rejected' : 'duplicate';
        if (r.status !== expected || r.version !== first.result.version) {
          this.fail(
            `${who}: replay of ${m.id} answered ${r.status}/${r.version}, first ${first.result.status}/${first.result.version}`,
          );
        }
        continue;
      }
      this.firstSeen.set(key, { content, result: r });
      if (r.status === 'duplicate') this.fail(`${who}: first delivery of ${m.id} answered duplicate`);
      if (r.status === 'rejected') {
        this.fail(`${who}: ${m.op} ${m.table}/${m.recordId} rejected: ${r.error} ${canon(r.details ?? [])}`);
        continue;
      }
      if (m.baseVersion !== 0 && !this.delivered.get(clientId)?.get(m.recordId)?.has(m.baseVersion)) {
        this.fail(
          `${who}: ${m.op} ${m.table}/${m.recordId} claims baseVersion ${m.baseVersion}, never pulled by this client`,
        );
      }
      fresh.push({ m, r });
    }
    if (fresh.length === 0 && changes.length > 0) {
      this.fail(`${who}: a push of only replays changed ${changes.length} row(s)`);
    }
    this.mutationsApplied += fresh.length;

    const changed = new Map(changes.map((c) => [keyOf(c.table, c.recordId), c]));
    const newConflicts: ConflictFields[] = changes
      .filter((c) => c.table === 'conflicts' && !this.mirror.has(keyOf(c.table, c.recordId)))
      .map((c) => c.fields as unknown as ConflictFields);
    this.conflictsSeen += newConflicts.length;

    const byRecord = new Map<string, Mutation[]>();
    for (const { m } of fresh) {
      const k = keyOf(m.table, m.recordId);
      byRecord.set(k, [...(byRecord.get(k) ?? []), m]);
    }
    const nowMs = now.getTime();
    const written = new Set<string>();
    for (const [k, writes] of byRecord) {
      const before = this.mirror.get(k);
      const after = changed.get(k) ?? before;
      const recordId = writes[0]?.recordId ?? '';
      const fieldValue = (c: Change | undefined, f: string) =>
        c === undefined ? undefined : f === 'deleted' ? c.deleted : c.fields[f];
      const writeValue = (m: Mutation, f: string) => (m.op === 'delete' ? true : m.fields[f]);
      const fields = new Set<string>();
      for (const m of writes) {
        if (m.op === 'delete') fields.add('deleted');
        else for (const f of Object.keys(m.fields)) if (!BOOKKEEPING_FIELDS.has(f)) fields.add(f);
      }
      const conflictFor = (f: string, v: unknown) =>
        newConflicts.find((c) => c.recordId === recordId && c.field === f && same(c.losingValue, v));
      const del = writes.findLast((m) => m.op === 'delete');
      if (del && before && !before.deleted && after?.deleted) {
        const earlier = writes.slice(0, writes.indexOf(del));
        for (const [g, value] of Object.entries(before.fields)) {
          if (BOOKKEEPING_FIELDS.has(g) || g === 'deleted' || earlier.some((m) => g in m.fields)) continue;
          const unseen = (this.installs.get(`${k}#${g}`) ?? []).filter(
            (w) => w.clientId !== clientId && w.version > del.baseVersion,
          );
          if (unseen.length && unseen.length === (this.installs.get(`${k}#${g}`) ?? []).length) {
            if (
              !newConflicts.some(
                (c) =>
                  c.recordId === recordId &&
                  c.field === g &&
                  c.kind === 'deleted' &&
                  same(c.losingValue, value),
              )
            ) {
              this.fail(
                `${who} delete ${k} (base ${del.baseVersion}) cut off ${g}=${canon(value).slice(0, 40)} unseen, without a conflict record`,
              );
            }
          }
        }
      }
      for (const f of fields) {
        written.add(`${k}#${f}`);
        const ws = writes.filter((m) =>
          f === 'deleted' ? m.op === 'delete' || 'deleted' in m.fields : f in m.fields,
        );
        const p = fieldValue(before, f);
        const u = fieldValue(after, f);
        const label = (m: Mutation) =>
          `${who} ${m.op} ${k}.${f}=${canon(writeValue(m, f)).slice(0, 40)} (base ${m.baseVersion})`;
        const current = this.installs.get(`${k}#${f}`) ?? [];
        for (const [i, m] of ws.entries()) {
          const v = writeValue(m, f);
          if (same(u, v) || i < ws.length - 1) continue;
          if (f === 'deleted' && v === true) {
            this.fail(`${label(m)}: the delete did not stick`);
            continue;
          }
          const c = conflictFor(f, v);
          if (!c) {
            this.fail(`${label(m)}: lost — not current (${canon(u).slice(0, 40)}) and in no conflict record`);
            continue;
          }
          // A losing concurrent edit of a live record: the winner must be another client's
          // newer-stamped write this one had not seen.
          const stamp = clampStamp(m.hlc, nowMs);
          const beaten = (w: Install) =>
            w.clientId !== clientId && m.baseVersion < w.version && w.hlc > stamp;
          if (c.kind === 'field' && !after?.deleted && current.length && !current.some(beaten)) {
            const w = current
              .map((x) => `${this.describe(x.clientId)}@v${x.version} (${x.hlc})`)
              .join(' or ');
            this.fail(`${label(m)}: lost to ${w} with stamp ${stamp}`);
          }
        }
        // The writes at the end of this push that carry the final value: the server stamped the
        // field with the one that changed it (an equal value after it changes nothing), which
        // the observer, seeing whole pushes, cannot tell apart. Each is a candidate.
        const run: Mutation[] = [];
        for (const m of [...ws].reverse()) {
          if (!same(writeValue(m, f), u)) break;
          run.unshift(m);
        }
        const installs = run.map((m) => ({
          version: after?.version ?? 0,
          clientId,
          hlc: clampStamp(m.hlc, nowMs),
        }));
        if (same(p, u)) {
          // Changed away and back within this push, or sent unchanged beside fields it travels
          // with (a stage's status with its checklist): one of those may hold the stamp now.
          if (installs.length || ws.some((m) => !same(writeValue(m, f), p)))
            this.installs.set(`${k}#${f}`, [...current, ...installs]);
          continue;
        }
        const installer = run[0];
        if (!installer) {
          this.fail(`${who}: ${k}.${f} changed to ${canon(u).slice(0, 40)} by no mutation of this push`);
          continue;
        }
        if (before && current.length) {
          const deleteWins = f === 'deleted' && u === true;
          const kept = f === 'deleted' || conflictFor(f, p) !== undefined;
          // Some write of this push took the field over (the client's later ones then follow it).
          const fair = (w: Install) =>
            w.clientId === clientId ||
            ws.some((m) => m.baseVersion >= w.version || (w.hlc < clampStamp(m.hlc, nowMs) && kept));
          if (!deleteWins && !current.some(fair)) {
            const w = current
              .map((x) => `${this.describe(x.clientId)}@v${x.version} (${x.hlc})`)
              .join(' or ');
            this.fail(
              `${label(installer)}: replaced ${canon(p).slice(0, 40)} of ${w} without having seen it ` +
                `(stamp ${clampStamp(installer.hlc, nowMs)}, ${kept ? 'kept' : 'no conflict record'})`,
            );
          }
        }
        this.installs.set(`${k}#${f}`, installs);
      }
    }
    // Nothing else may change: a row's data moves only through a write of one of its fields.
    for (const c of changes) {
      const k = keyOf(c.table, c.recordId);
      const before = this.mirror.get(k);
      if (!before) {
        if (c.table !== 'conflicts' && !byRecord.has(k)) this.fail(`${who}: ${k} appeared without a create`);
        continue;
      }
      if (before.deleted !== c.deleted && !written.has(`${k}#deleted`))
        this.fail(`${who}: ${k}.deleted changed unasked`);
      for (const f of new Set([...Object.keys(before.fields), ...Object.keys(c.fields)])) {
        if (BOOKKEEPING_FIELDS.has(f) || f === 'deleted' || written.has(`${k}#${f}`)) continue;
        if (!same(before.fields[f], c.fields[f])) this.fail(`${who}: ${k}.${f} changed unasked`);
      }
    }
    for (const c of changes) {
      this.mirror.set(keyOf(c.table, c.recordId), c);
      this.maxVersion = Math.max(this.maxVersion, c.version);
    }
  }
}
