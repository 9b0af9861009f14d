/**
 * The benchmark harness page. Built only by `npm run bench` (vite.config.ts adds it as a second
 * input when KLINIK_BENCH=1), from the app's own modules with the production settings, and
 * served by the real server next to the app. It runs in Chromium what cannot be driven through
 * the screens with enough precision: the sync engine against its physical baseline, and the
 * write path against a bare Dexie put. Each function uses its own database so runs don't mix.
 */
import { Dexie } from 'dexie';
import { editInnovation } from '../../../src/db/commands/innovations';
import { KlinikDb } from '../../../src/db/schema';
import type { BaseRecord } from '../../../src/domain/record';
import { syncOnce } from '../../../src/sync/engine';
import { httpTransport } from '../../../src/sync/transport';

type Rows = Record<string, Record<string, unknown>[]>;

async function freshDb(name: string): Promise<KlinikDb> {
  await Dexie.delete(name);
  const db = new KlinikDb(name);
  await db.open();
  return db;
}

const databases = new Map<string, KlinikDb>();

/** The baseline: the same records as one JSON body, written with one bulkPut per table. */
async function baselineSync(url: string) {
  const db = await freshDb('bench-baseline');
  const t0 = performance.now();
  const res = await fetch(url, { cache: 'no-store' });
  const text = await res.text();
  const t1 = performance.now();
  const rows = JSON.parse(text) as Rows;
  const t2 = performance.now();
  let records = 0;
  for (const [table, list] of Object.entries(rows)) {
    await db.table(table).bulkPut(list);
    records += list.length;
  }
  const t3 = performance.now();
  db.close();
  return { ms: t3 - t0, fetchMs: t1 - t0, parseMs: t2 - t1, writeMs: t3 - t2, records, bytes: text.length };
}

/** The app's sync engine (the code the app runs) into an empty database. */
async function engineSync(name: string, token: string, pullLimit?: number) {
  const db = await freshDb(name);
  databases.set(name, db);
  const http = httpTransport({ getToken: () => token });
  // Time spent waiting for pull answers (request, server, body, JSON parse): the rest is local work.
  let pullMs = 0;
  let pages = 0;
  const transport: typeof http = {
    push: http.push,
    async pull(cursor, limit) {
      const t = performance.now();
      try {
        return await http.pull(cursor, limit);
      } finally {
        pullMs += performance.now() - t;
        pages++;
      }
    },
  };
  const t0 = performance.now();
  const result = await syncOnce({ db, transport, ...(pullLimit ? { pullLimit } : {}) });
  return { ms: performance.now() - t0, pullMs, pages, ...result };
}

/** Another pass on an up-to-date database: nothing to push, nothing to pull. */
async function noChangeSync(name: string, token: string, times: number) {
  const db = databases.get(name);
  if (!db) throw new Error(`${name}: run engineSync first`);
  const transport = httpTransport({ getToken: () => token });
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const result = await syncOnce({ db, transport });
    samples.push(performance.now() - t0);
    if (result.pulled !== 0 || result.pushed !== 0)
      throw new Error(`not a no-change pass: ${JSON.stringify(result)}`);
  }
  return samples;
}

/**
 * Edit → durable: `editInnovation` (the command autosave calls: record + outbox entry in one transaction)
 * against a bare `put` of the same row into the same table, interleaved so both see the same
 * database size and machine state. Edits go round-robin over `records` innovations, so the
 * outbox grows as it does when someone works through several records offline.
 */
async function edits(name: string, count: number, records: number) {
  const db = databases.get(name);
  if (!db) throw new Error(`${name}: run engineSync first`);
  const rows = (await db.innovations.limit(records).toArray()) as unknown as BaseRecord[];
  const writePath: number[] = [];
  const barePut: number[] = [];
  const readThenWrite: number[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows[i % rows.length] as BaseRecord & { hasil: string; tujuan: string };
    const text = `Catatan penyuntingan nomor ${i}.`;
    let t0 = performance.now();
    await editInnovation(row.id, { tujuan: `${row.tujuan.slice(0, 200)} ${text}` }, db);
    writePath.push(performance.now() - t0);
    const current = await db.innovations.get(row.id);
    t0 = performance.now();
    await db.innovations.put({
      ...(current as NonNullable<typeof current>),
      hasil: `${row.hasil.slice(0, 200)} ${text}`,
    });
    barePut.push(performance.now() - t0);
    // The least a checked edit needs: one transaction that reads the row, then writes it.
    t0 = performance.now();
    await db.transaction('rw', db.innovations, async () => {
      const fresh = await db.innovations.get(row.id);
      await db.innovations.put({ ...(fresh as NonNullable<typeof fresh>), manfaat: text });
    });
    readThenWrite.push(performance.now() - t0);
  }
  const outbox = await db.outbox.count();
  return { writePath, barePut, readThenWrite, outbox };
}

declare global {
  interface Window {
    klinikBench: typeof api;
  }
}

const api = { baselineSync, engineSync, noChangeSync, edits, ready: true };
window.klinikBench = api;
