// @vitest-environment node
/**
 * Crash test: the real server process (tsx src/server/main.ts) takes a burst of pushes and is
 * SIGKILLed part-way through. After a restart on the same data folder, every mutation it had
 * answered `applied` must be there, and replaying every push must not apply anything twice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import type { Mutation, MutationResult } from '../../src/protocol/protocol';
import { ADMIN, type Api, apiClient, fields, latest, writer } from './helpers';

const PUSHES = 200;
const PER_PUSH = 5;
const IN_FLIGHT = 8;
const KILL_AFTER = 60; // answered pushes
const START_TIMEOUT_MS = 30_000;

interface Running {
  proc: ChildProcess;
  api: Api;
  exited: Promise<unknown>;
  output: () => string;
}

const dataDir = mkdtempSync(join(tmpdir(), 'klinik-crash-'));
const running = new Set<Running>();

/** Starts the server on a free port; tsx runs it in a child, so it gets a process group of its own. */
async function startProcess(): Promise<Running> {
  const proc = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DIST_DIR: join(dataDir, 'no-dist'),
      KLINIK_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  const r: Running = { proc, api: apiClient(''), exited, output: () => out };
  running.add(r);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && proc.exitCode === null) {
    const port = /running at http:\/\/localhost:(\d+)/.exec(out)?.[1];
    if (port) {
      r.api = apiClient(`http://127.0.0.1:${port}`);
      const health = await r.api.get('/api/health').catch(() => undefined);
      if (health?.status === 200) return r;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start:\n${out}`);
}

/** SIGKILL to the server's process group (tsx and the node process running the server). */
async function kill(r: Running) {
  if (r.proc.exitCode === null && r.proc.signalCode === null && r.proc.pid) {
    try {
      process.kill(-r.proc.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await r.exited;
  running.delete(r);
}

afterAll(async () => {
  for (const r of running) await kill(r);
  rmSync(dataDir, { recursive: true, force: true });
});

/** Push i: a new unit with an innovation and a follow-up, then a patch of the unit and the innovation. */
function buildPush(i: number) {
  const w = writer(uuidv7());
  const unit = w.create('units', fields.unit(`Unit ${i}`));
  const inno = w.create('innovations', fields.innovation(unit.recordId, `Inovasi ${i}`));
  const item = w.create('actionItems', fields.actionItem(unit.recordId, `Tindak lanjut ${i}`));
  const mutations: Mutation[] = [
    unit,
    inno,
    item,
    w.patch('units', unit.recordId, { contactPerson: `Kontak ${i}` }, 0),
    w.patch('innovations', inno.recordId, { tujuan: `Tujuan ${i}` }, 0),
  ];
  const expected = new Map<string, Record<string, unknown>>([
    [`units/${unit.recordId}`, { ...unit.fields, contactPerson: `Kontak ${i}` }],
    [`innovations/${inno.recordId}`, { ...inno.fields, tujuan: `Tujuan ${i}` }],
    [`actionItems/${item.recordId}`, item.fields],
  ]);
  return { clientId: w.clientId, mutations, expected };
}

describe('crash', () => {
  it('keeps every answered mutation through a SIGKILL, and a replay applies nothing twice', async () => {
    const pushes = Array.from({ length: PUSHES }, (_, i) => buildPush(i));
    expect(pushes[0]?.mutations).toHaveLength(PER_PUSH);
    const answers: (MutationResult[] | undefined)[] = [];

    const first = await startProcess();
    const token = await first.api.login(ADMIN.username, ADMIN.password);
    let next = 0;
    let answered = 0;
    const worker = async () => {
      while (next < PUSHES && first.proc.exitCode === null && first.proc.signalCode === null) {
        const i = next++;
        const p = pushes[i];
        if (!p) return;
        try {
          answers[i] = await first.api.push(token, p.clientId, p.mutations);
          if (++answered === KILL_AFTER) void kill(first);
        } catch {
          return; // the server is gone
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await kill(first);

    const appliedPushes = answers.flatMap((a, i) => (a ? [i] : []));
    expect(appliedPushes.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(appliedPushes.length).toBeLessThan(PUSHES); // it really died part-way
    for (const i of appliedPushes) {
      expect(answers[i]?.map((r) => r.status)).toEqual(Array(PER_PUSH).fill('applied'));
    }

    // Restart on the same data: the old session survives, and every answered write is there.
    const second = await startProcess();
    expect((await second.api.get('/api/auth/me', token)).status).toBe(200);
    const state = latest((await second.api.pullAll(token)).changes);
    for (const i of appliedPushes) {
      for (const [key, want] of pushes[i]?.expected ?? []) {
        const got = state.get(key);
        expect(got, `push ${i}: ${key}`).toBeDefined();
        expect(got?.deleted).toBe(false);
        expect(got?.fields).toMatchObject(want);
      }
    }

    // Replaying every push: the answered ones come back as duplicates with the same versions.
    let replayed = 0;
    const replays: MutationResult[][] = [];
    const replayWorker = async () => {
      while (replayed < PUSHES) {
        const i = replayed++;
        const p = pushes[i];
        if (p) replays[i] = await second.api.push(token, p.clientId, p.mutations);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, replayWorker));
    for (const [i, results] of replays.entries()) {
      const before = answers[i];
      if (before) {
        expect(results, `push ${i}`).toEqual(before.map((r) => ({ ...r, status: 'duplicate' })));
      } else {
        // Unanswered: committed before the kill (duplicate) or never reached the disk (applied now).
        const statuses = new Set(results.map((r) => r.status));
        expect(statuses.size, `push ${i}`).toBe(1);
        expect(['applied', 'duplicate']).toContain(results[0]?.status);
      }
    }
    const after = latest((await second.api.pullAll(token)).changes);
    const ours = [...after.values()].filter(
      (c) => c.table === 'units' && /^Unit \d+$/.test(String(c.fields.name)),
    );
    expect(ours).toHaveLength(PUSHES);
    await kill(second);
  }, 90_000);
});
