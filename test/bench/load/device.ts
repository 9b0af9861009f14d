/**
 * One simulated device, doing what src/sync/engine.ts does in a sync pass: push its pending
 * edits (if any), then pull from its cursor until `hasMore` is false. It keeps only what the
 * pass needs: the cursor and the last version it saw of each follow-up of its unit, so a patch
 * carries an honest `baseVersion` (and concurrent edits of one field on two devices meet the
 * server's conflict path as they would in the field).
 */
import { uuidv7 } from '../../../src/domain/ids';
import { formatHlc } from '../../../src/protocol/hlc';
import {
  DEFAULT_PULL_LIMIT,
  type Mutation,
  type PullResponse,
  type PushResponse,
  SCHEMA_VERSION,
} from '../../../src/protocol/protocol';
import type { HttpAnswer, HttpClient } from './http-client';

/** What one pass reports per request, for the caller's statistics. */
export interface RequestRecord {
  kind: 'push' | 'pull';
  /** When the request should have started: the pass's scheduled time, or the previous answer. */
  intendedAt: number;
  sentAt: number;
  endedAt: number;
  answer: HttpAnswer;
}

export interface PassOptions {
  /** Chance that this pass has edits to push. */
  pushShare: number;
  random: () => number;
  onRequest: (r: RequestRecord) => void;
}

const OWNERS = ['Sekretaris', 'Kepala Bidang', 'Tim Inovasi', 'Analis Kebijakan', 'Operator'];
const MAX_PULL_PAGES = 1000;

export class Device {
  cursor = '';
  readonly clientId = `bench-${uuidv7()}`;
  /** Follow-ups this device may edit → the version it last saw. */
  private readonly followUps = new Map<string, number>();
  private followUpIds: string[] = [];
  private hlcCounter = 0;

  constructor(
    readonly name: string,
    readonly token: string,
    /** Coordinators only read (the dashboard); unit devices also edit follow-ups. */
    readonly edits: boolean,
  ) {}

  /** The initial pull (warm-up): the whole visible city from cursor ''. Returns the pages' answers. */
  async initialPull(http: HttpClient): Promise<number> {
    let records = 0;
    for (let page = 0; page < MAX_PULL_PAGES; page++) {
      const answer = await http.send('GET', this.pullPath(), this.token);
      if (!answer.json) throw new Error(`${this.name}: initial pull failed (${answer.kind})`);
      const body = answer.json as PullResponse;
      records += body.changes.length;
      this.observe(body);
      if (!body.hasMore) break;
    }
    this.followUpIds = [...this.followUps.keys()];
    return records;
  }

  /** One sync pass scheduled at `scheduledAt` (performance.now() ms); never throws. */
  async syncPass(http: HttpClient, scheduledAt: number, options: PassOptions): Promise<void> {
    let intendedAt = scheduledAt;
    const run = async (kind: 'push' | 'pull', method: 'GET' | 'POST', path: string, body?: unknown) => {
      const sentAt = performance.now();
      const answer = await http.send(method, path, this.token, body);
      const endedAt = performance.now();
      options.onRequest({ kind, intendedAt, sentAt, endedAt, answer });
      intendedAt = endedAt; // the next request of this pass is due as soon as this one answered
      return answer;
    };

    if (this.edits && this.followUpIds.length && options.random() < options.pushShare) {
      const mutations = this.pendingEdits(options.random);
      const answer = await run('push', 'POST', '/api/sync/push', {
        clientId: this.clientId,
        schemaVersion: SCHEMA_VERSION,
        mutations,
      });
      // A failed push would stay in the app's outbox for the next pass; here the pass just ends.
      if (!answer.json) return;
      for (const r of (answer.json as PushResponse).results) {
        const m = mutations.find((x) => x.id === r.id);
        if (m && r.version > 0) this.followUps.set(m.recordId, r.version);
      }
    }
    for (let page = 0; page < MAX_PULL_PAGES; page++) {
      const answer = await run('pull', 'GET', this.pullPath());
      if (!answer.json) return;
      const body = answer.json as PullResponse;
      this.observe(body);
      if (!body.hasMore) return;
    }
  }

  private pullPath(): string {
    return `/api/sync/pull?cursor=${encodeURIComponent(this.cursor)}&limit=${DEFAULT_PULL_LIMIT}`;
  }

  private observe(page: PullResponse): void {
    this.cursor = page.cursor;
    if (!this.edits) return;
    for (const c of page.changes) {
      if (c.table === 'actionItems' && !c.deleted) this.followUps.set(c.recordId, c.version);
    }
  }

  /** 1–3 patches to distinct follow-ups, as a person ticking them off or reassigning them. */
  private pendingEdits(random: () => number): Mutation[] {
    const count = 1 + Math.floor(random() * 3);
    const chosen = new Set<string>();
    while (chosen.size < Math.min(count, this.followUpIds.length)) {
      const id = this.followUpIds[Math.floor(random() * this.followUpIds.length)];
      if (id) chosen.add(id);
    }
    const now = Date.now();
    return [...chosen].map((recordId) => {
      const fields: Record<string, unknown> =
        random() < 0.5
          ? { owner: OWNERS[Math.floor(random() * OWNERS.length)] ?? 'Operator' }
          : random() < 0.5
            ? { status: 'done', doneDate: new Date(now).toISOString().slice(0, 10) }
            : { status: 'open', doneDate: '' };
      return {
        id: uuidv7(),
        table: 'actionItems',
        recordId,
        op: 'patch',
        fields,
        baseVersion: this.followUps.get(recordId) ?? 0,
        hlc: formatHlc(now, this.hlcCounter++ % 36 ** 5, this.clientId),
      };
    });
  }
}
