/**
 * Server under load: the real server (its own process, SQLite with synchronous=FULL) with the
 * benchmark city, and N simulated devices syncing concurrently, open loop, for a fixed window.
 * Reports requests per second, latency percentiles (from the scheduled start, and the plain
 * response time), errors by kind, and the generator's own CPU so a busy generator can't pass
 * for a slow server. Loopback only; every step is bounded; the server is stopped in `finally`.
 *
 * `npx tsx test/bench/server-load.ts [--devices 200] [--seconds 30] [--rate 1200] [--profile] [--checkpoint inline]`
 * With --profile the server runs under `--cpu-prof` and the top of the profile, cut to the
 * measured window, is printed (the file stays in test-results/server-load/).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { DemoData } from '../../src/domain/demo';
import { createRng } from '../../src/domain/demo/random';
import { apiLogin } from '../e2e/api';
import { E2E_ADMIN_PASSWORD, ROOT, type RunningServer, startServer } from '../e2e/server';
import { formatProfile, type ProfileSummary, summarizeCpuProfile } from './cpu-profile';
import { cityData, recordCount, seedCity } from './dataset';
import { createHttpClient, type HttpClient } from './load/http-client';
import { runWindow, type WindowResult } from './load/open-loop';
import { createAccounts, initialPulls, loginDevices } from './load/setup';

export interface ServerLoadOptions {
  devices?: number;
  /** How many of the devices are a coordinator's (they only read, and see the whole city). */
  coordinators?: number;
  seconds?: number;
  warmupSeconds?: number;
  /** Offered requests per second, all devices together. */
  rate?: number;
  /** Share of passes that push 1–3 edits first. */
  pushShare?: number;
  /** Run the server under --cpu-prof and summarize the window's samples. */
  profile?: boolean;
  /** The server's WAL checkpoints: in a worker (as served) or inline in commits (the baseline). */
  checkpoint?: 'worker' | 'inline';
  /** The city, when the caller generated it already. */
  data?: DemoData;
  seed?: number;
  log?: (line: string) => void;
}

export interface ServerLoadResult extends Omit<WindowResult, 'monotonicUs'> {
  devices: number;
  coordinators: number;
  records: number;
  setupSeconds: number;
  profile?: ProfileSummary & { file: string };
}

const PROFILE_DIR = join(ROOT, 'test-results', 'server-load');
const REQUEST_TIMEOUT_MS = 10_000;
const DRAIN_MS = 10_000;

/** A full GC in this process now (V8's gc function, exposed on demand without a Node flag). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

export async function runServerLoad(options: ServerLoadOptions = {}): Promise<ServerLoadResult> {
  const devices = options.devices ?? 200;
  const coordinators = options.coordinators ?? 2;
  const seconds = options.seconds ?? 30;
  const log = options.log ?? ((line: string) => console.log(`[server-load] ${line}`));
  const random = createRng(options.seed ?? 2026).next;
  const setupStarted = performance.now();

  // The API is all we need: an empty app shell keeps this independent of `npm run build`.
  const distDir = mkdtempSync(join(tmpdir(), 'klinik-load-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>load</title>');
  let profileDir: string | undefined;
  if (options.profile) {
    profileDir = join(PROFILE_DIR, new Date().toISOString().replace(/[:.]/g, '-'));
    mkdirSync(profileDir, { recursive: true });
  }
  let server: RunningServer | undefined;
  let http: HttpClient | undefined;
  // If this process is made to exit midway (the CLI's last-resort limit), take the server along.
  const killServer = () => {
    if (server?.pid) process.kill(server.pid, 'SIGKILL');
  };
  process.once('exit', killServer);
  try {
    server = await startServer({
      distDir,
      nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      env: { KLINIK_WAL_CHECKPOINT: options.checkpoint ?? 'worker' },
    });
    const data = options.data ?? cityData();
    const admin = await apiLogin(server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
    let stepStarted = performance.now();
    const step = () => {
      const s = (performance.now() - stepStarted) / 1000;
      stepStarted = performance.now();
      return `${s.toFixed(1)} s`;
    };
    const records = await seedCity(admin, data);
    log(`Seeded ${records} records (${recordCount(data)} in the city) in ${step()}.`);
    const plans = await createAccounts(admin, data, devices, coordinators);
    log(`Created the facilitator accounts in ${step()}.`);
    http = createHttpClient(server.baseURL, { timeoutMs: REQUEST_TIMEOUT_MS, maxSockets: devices + 8 });
    const sims = await loginDevices(http, plans);
    log(`${sims.length} devices logged in, in ${step()}.`);
    const pulled = await initialPulls(http, sims);
    log(`Initial pulls: ${pulled} records in ${step()}.`);
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    collectGarbage(); // the initial pulls' ~200 MB of JSON, so its collection doesn't land in the window

    const { monotonicUs, ...window } = await runWindow(http, sims, {
      seconds,
      warmupSeconds: options.warmupSeconds ?? 2,
      rate: options.rate ?? 1200,
      pushShare: options.pushShare ?? 0.2,
      drainMs: DRAIN_MS,
      random,
      serverPid: server.pid,
    });
    http.close();
    http = undefined;
    const result: ServerLoadResult = {
      ...window,
      devices: sims.length,
      coordinators,
      records,
      setupSeconds,
    };
    await server.stop(); // --cpu-prof writes its file when the process exits
    server = undefined;
    if (profileDir) {
      const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
      if (file) {
        const path = join(profileDir, file);
        result.profile = {
          file: path,
          ...summarizeCpuProfile(path, { fromUs: monotonicUs.from, toUs: monotonicUs.to }),
        };
      } else log(`No .cpuprofile in ${profileDir}: the server did not exit cleanly.`);
    }
    return result;
  } finally {
    process.off('exit', killServer);
    http?.close();
    await server?.stop();
    rmSync(distDir, { recursive: true, force: true });
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const pctOrNa = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(0)} %`);

/** The server's CPU time per request: unlike latency, hardly moved by other work on the machine. */
function perRequest(r: ServerLoadResult): string {
  return r.cpu.server === null || !r.rps
    ? ''
    : ` (${((r.cpu.server * 10_000) / r.rps).toFixed(0)} µs CPU per request)`;
}

export function formatServerLoad(r: ServerLoadResult): string {
  const pct = (p: { p50: number; p90: number; p99: number; max: number }) =>
    `p50 ${ms(p.p50)}  p90 ${ms(p.p90)}  p99 ${ms(p.p99)}  max ${ms(p.max)}`;
  const lines = [
    `devices ${r.devices} (${r.coordinators} coordinator), ${r.records} records, setup ${r.setupSeconds.toFixed(1)} s`,
    `offered ${r.offeredRps} req/s (each device every ${r.periodMs.toFixed(0)} ms ± 20 %), window ${r.seconds.toFixed(1)} s`,
    `requests ${r.requests} (${r.pushes} pushes, ${r.pulls} pulls, ${r.passes} passes)  →  ${r.rps.toFixed(0)} req/s`,
    `latency from scheduled start: ${pct(r.latencyMs)}`,
    `response time (sent→answer):  ${pct(r.responseMs)}`,
    `sync pass (due→last answer):  ${pct(r.passMs)}`,
    `errors ${r.errors}${r.errors ? ` ${JSON.stringify(r.errorsByKind)}` : ''}; statuses ${JSON.stringify(r.byStatus)}`,
    `CPU (% of one core, ${r.cpu.cores ?? '?'} cores): generator ${r.cpu.generator.toFixed(0)} %, server ${pctOrNa(r.cpu.server)}${perRequest(r)}, other processes ${pctOrNa(r.cpu.others)}; generator event-loop delay p99 ${ms(r.generatorEventLoopP99Ms)}`,
  ];
  if (r.profile) lines.push(formatProfile(r.profile), `  (profile: ${r.profile.file})`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      devices: { type: 'string', default: '200' },
      coordinators: { type: 'string', default: '2' },
      seconds: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '2' },
      rate: { type: 'string', default: '1200' },
      'push-share': { type: 'string', default: '0.2' },
      profile: { type: 'boolean', default: false },
      checkpoint: { type: 'string', default: 'worker' },
    },
  });
  const started = performance.now();
  // Everything above is bounded; this is the last resort if something hangs anyway.
  const seconds = Number(values.seconds);
  const hardLimit = setTimeout(
    () => {
      console.error('[server-load] hard time limit reached: giving up');
      process.exit(1);
    },
    (seconds + 120) * 1000,
  );
  hardLimit.unref();
  try {
    const result = await runServerLoad({
      devices: Number(values.devices),
      coordinators: Number(values.coordinators),
      seconds,
      warmupSeconds: Number(values.warmup),
      rate: Number(values.rate),
      pushShare: Number(values['push-share']),
      profile: values.profile,
      checkpoint: values.checkpoint === 'inline' ? 'inline' : 'worker',
    });
    console.log(formatServerLoad(result));
    console.log(`[server-load] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
}
