/**
 * The measured window, open loop: every device has its own schedule (a period with ±20 %
 * jitter and a random phase), fixed in advance, so the offered rate does not drop when the
 * server slows down. A pass that starts late (its device was still busy, or the generator's
 * timer fired late) is timed from when it was due, so queueing shows in the latency instead of
 * hiding (no coordinated omission). The plain response time (sent → answered) is kept as well.
 *
 * A warm-up stretch runs the same schedule before the window (the server's JIT settles) and is
 * not counted. Bounded: nothing is scheduled after the window, and what has not answered
 * `drainMs` after it is aborted and counted as an error.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type CpuShares, cpuShares, cpuSnapshot } from './cpu';
import type { Device, RequestRecord } from './device';
import type { HttpClient } from './http-client';
import { type Percentiles, Samples, Tally } from './stats';

export interface WindowOptions {
  seconds: number;
  warmupSeconds: number;
  /** Offered requests per second, all devices together. */
  rate: number;
  pushShare: number;
  drainMs: number;
  random: () => number;
  /** The server process, for its CPU time. */
  serverPid?: number;
}

export interface WindowResult {
  /** From the window's start to the last answer of a pass due in it. */
  seconds: number;
  offeredRps: number;
  periodMs: number;
  requests: number;
  rps: number;
  pushes: number;
  pulls: number;
  passes: number;
  /** Scheduled start → answer. */
  latencyMs: Percentiles;
  /** Sent → answered. */
  responseMs: Percentiles;
  /** Scheduled start → last answer of the pass (push + pull pages). */
  passMs: Percentiles;
  errors: number;
  errorsByKind: Record<string, number>;
  byStatus: Record<string, number>;
  /** CPU over the window, % of one core: generator, server, everything else on the machine. */
  cpu: CpuShares;
  /** The generator's own event-loop delay: high means its timers (and so its clock) ran late. */
  generatorEventLoopP99Ms: number;
  /** The window in the monotonic clock (µs), to cut a server CPU profile to it. */
  monotonicUs: { from: number; to: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

export async function runWindow(
  http: HttpClient,
  devices: readonly Device[],
  o: WindowOptions,
): Promise<WindowResult> {
  const editors = devices.filter((d) => d.edits).length;
  const requestsPerPass = 1 + (o.pushShare * editors) / devices.length;
  const periodMs = (devices.length * requestsPerPass * 1000) / o.rate;

  const latency = new Samples();
  const response = new Samples();
  const pass = new Samples();
  const errors = new Tally();
  const byStatus = new Tally();
  let pushes = 0;
  let pulls = 0;
  let lastEnd = 0;

  const startAt = performance.now() + 50;
  const windowStart = startAt + o.warmupSeconds * 1000;
  const windowEnd = windowStart + o.seconds * 1000;
  const inWindow = (t: number) => t >= windowStart && t < windowEnd;
  const onRequest = (r: RequestRecord, due: number) => {
    if (!inWindow(due)) return;
    latency.add(r.endedAt - r.intendedAt);
    response.add(r.endedAt - r.sentAt);
    byStatus.add(String(r.answer.status));
    if (r.answer.kind) errors.add(r.answer.kind);
    if (r.kind === 'push') pushes++;
    else pulls++;
    lastEnd = Math.max(lastEnd, r.endedAt);
  };

  let stopped = false;
  const loop = async (device: Device) => {
    let due = startAt + o.random() * periodMs;
    while (due < windowEnd && !stopped) {
      // Node's timers count whole milliseconds and may fire just before a fractional due time.
      for (let wait = due - performance.now(); wait > 0; wait = due - performance.now()) {
        await sleep(Math.ceil(wait));
      }
      if (stopped) return;
      const passDue = due;
      await device.syncPass(http, passDue, {
        pushShare: o.pushShare,
        random: o.random,
        onRequest: (r) => onRequest(r, passDue),
      });
      if (inWindow(passDue)) pass.add(performance.now() - passDue);
      due += periodMs * (0.8 + 0.4 * o.random());
    }
  };

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  let cpuBefore = cpuSnapshot(o.serverPid);
  let monoFrom = 0;
  const windowTimer = setTimeout(
    () => {
      cpuBefore = cpuSnapshot(o.serverPid);
      monoFrom = monotonicUs();
      loopDelay.enable();
    },
    Math.max(0, windowStart - performance.now()),
  );
  const loops = Promise.all(devices.map(loop));
  const hardStop = windowEnd + o.drainMs - performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    loops.then(() => false),
    new Promise<boolean>((r) => {
      timer = setTimeout(() => r(true), hardStop);
    }),
  ]);
  clearTimeout(timer);
  clearTimeout(windowTimer);
  if (timedOut) {
    stopped = true;
    errors.add('unfinished-at-hard-stop', http.inFlight());
    http.close(); // aborts what is left: those answers arrive as `aborted`, outside the tally above
  }
  const monoTo = monotonicUs();
  const cpu = cpuShares(cpuBefore, o.serverPid);
  loopDelay.disable();
  const elapsedMs = Math.max(lastEnd, windowEnd) - windowStart;
  const requests = latency.count;
  return {
    seconds: elapsedMs / 1000,
    offeredRps: o.rate,
    periodMs,
    requests,
    rps: requests / (elapsedMs / 1000),
    pushes,
    pulls,
    passes: pass.count,
    latencyMs: latency.percentiles(),
    responseMs: response.percentiles(),
    passMs: pass.percentiles(),
    errors: errors.total(),
    errorsByKind: errors.counts,
    byStatus: byStatus.counts,
    cpu,
    generatorEventLoopP99Ms: loopDelay.percentile(99) / 1e6,
    monotonicUs: { from: monoFrom, to: monoTo },
  };
}
