/**
 * The benchmarks' city: 50 units, 2,000 innovations (with their 10,000 5D stage rows), 10,000
 * mentoring sessions and 20,000 follow-ups, made by the demo generator at scale (realistic
 * text lengths: IID profiles, minutes, attendee lists), and put on the real server through its
 * push API, as a coordinator's device would, so the server holds exactly what sync produces.
 */
import { DEMO_TABLES, type DemoData, generateDemoData } from '../../src/domain/demo';
import { uuidv7 } from '../../src/domain/ids';
import { formatHlc } from '../../src/protocol/hlc';
import {
  MAX_BODY_BYTES,
  MAX_PUSH_MUTATIONS,
  type Mutation,
  type PushResponse,
  SCHEMA_VERSION,
} from '../../src/protocol/protocol';
import type { Api } from '../e2e/api';

export const CITY_SCALE = { units: 50, innovations: 2000, sessions: 10_000 } as const;
/** A fixed day and seed: every run measures the same records. */
export const CITY_TODAY = '2026-11-20';
export const CITY_SEED = 7_2026;

export function cityData(): DemoData {
  return generateDemoData({ today: CITY_TODAY, seed: CITY_SEED, newId: uuidv7, scale: CITY_SCALE });
}

export function recordCount(data: DemoData): number {
  return DEMO_TABLES.reduce((n, t) => n + data[t].length, 0);
}

/** Every record of the city as create mutations, parents before children. */
export function cityMutations(data: DemoData, clientId: string): Mutation[] {
  let counter = 0;
  const at = Date.parse(`${CITY_TODAY}T08:00:00Z`);
  return DEMO_TABLES.flatMap((table) =>
    data[table].map(
      (r): Mutation => ({
        id: uuidv7(),
        table,
        recordId: r.id,
        op: 'create',
        fields: r.fields as unknown as Record<string, unknown>,
        baseVersion: 0,
        hlc: formatHlc(at, counter++, clientId),
      }),
    ),
  );
}

/** Pushes the whole city in the largest batches the protocol allows; throws on any refusal. */
export async function seedCity(api: Api, data: DemoData, onBatch?: (done: number) => void): Promise<number> {
  const clientId = `bench-seed-${uuidv7()}`;
  const mutations = cityMutations(data, clientId);
  let done = 0;
  for (const batch of batches(mutations)) {
    const { results } = await api.call<PushResponse>('POST', '/api/sync/push', {
      clientId,
      schemaVersion: SCHEMA_VERSION,
      mutations: batch,
    });
    const refused = results.filter((r) => r.status !== 'applied');
    if (refused.length) throw new Error(`seed refused: ${JSON.stringify(refused.slice(0, 3))}`);
    done += batch.length;
    onBatch?.(done);
  }
  return mutations.length;
}

/** Batches under both push limits: mutation count and body size (with room for the envelope). */
function* batches(mutations: readonly Mutation[]): Generator<Mutation[]> {
  const maxBytes = MAX_BODY_BYTES * 0.9;
  let batch: Mutation[] = [];
  let bytes = 0;
  for (const m of mutations) {
    const size = JSON.stringify(m).length * 1.1; // UTF-8 of Indonesian text: a little over its length
    if (batch.length && (batch.length >= MAX_PUSH_MUTATIONS || bytes + size > maxBytes)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(m);
    bytes += size;
  }
  if (batch.length) yield batch;
}
