/**
 * Summarizes a V8 `.cpuprofile` (written by `node --cpu-prof`): self time by function and by
 * file or package, and total (inclusive) time of the project's own functions, optionally only
 * for samples inside a time window (the load window, not the seeding before it).
 *
 * Sample timestamps are V8's monotonic clock in µs, the same clock as `process.hrtime` in any
 * process on the machine, so the load generator can hand over its window in that clock.
 *
 * `npx tsx test/bench/cpu-profile.ts <file.cpuprofile> [top]` prints the summary of a whole file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../e2e/server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  name: string;
  ms: number;
  /** Share of the busy (non-idle) time in the window. */
  pct: number;
}

export interface ProfileSummary {
  windowMs: number;
  busyMs: number;
  idleMs: number;
  topSelf: ProfileLine[];
  topFiles: ProfileLine[];
  /** Inclusive time of functions in src/ (what our own code costs, callees included). */
  topOwnTotal: ProfileLine[];
}

/** `file:///work/main/src/x.ts` → `src/x.ts`; a dependency → its package name. */
function shortUrl(url: string): string {
  if (!url) return '';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg?.[1]) return pkg[1];
  return path.startsWith(`${ROOT}/`) ? path.slice(ROOT.length + 1) : path;
}

function frameName(n: ProfileNode): string {
  const { functionName, url, lineNumber } = n.callFrame;
  const where = shortUrl(url);
  return where ? `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}` : functionName;
}

function top(map: Map<string, number>, busyUs: number, n: number): ProfileLine[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: us / 1000, pct: busyUs ? (100 * us) / busyUs : 0 }));
}

export function summarizeCpuProfile(
  file: string,
  window: { fromUs?: number; toUs?: number } = {},
  n = 15,
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);

  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const ownTotal = new Map<string, number>();
  let idleUs = 0;
  let windowUs = 0;
  const from = window.fromUs ?? Number.NEGATIVE_INFINITY;
  const to = window.toUs ?? Number.POSITIVE_INFINITY;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (at < from || at > to) continue;
    const node = byId.get(profile.samples[i] ?? -1);
    if (!node) continue;
    windowUs += us;
    if (node.callFrame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + us);
    const where = shortUrl(node.callFrame.url) || node.callFrame.functionName;
    files.set(where, (files.get(where) ?? 0) + us);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id);
      if (!frame?.callFrame.url.includes(`${ROOT}/src/`)) continue;
      const own = frameName(frame);
      if (seen.has(own)) continue; // recursion: count a function once per sample
      seen.add(own);
      ownTotal.set(own, (ownTotal.get(own) ?? 0) + us);
    }
  }
  const busyUs = windowUs - idleUs;
  return {
    windowMs: windowUs / 1000,
    busyMs: busyUs / 1000,
    idleMs: idleUs / 1000,
    topSelf: top(self, busyUs, n),
    topFiles: top(files, busyUs, n),
    topOwnTotal: top(ownTotal, busyUs, n),
  };
}

export function formatProfile(s: ProfileSummary): string {
  const lines = [
    `CPU profile: ${s.windowMs.toFixed(0)} ms sampled, busy ${s.busyMs.toFixed(0)} ms (${((100 * s.busyMs) / (s.windowMs || 1)).toFixed(0)} % of one core), idle ${s.idleMs.toFixed(0)} ms`,
  ];
  const table = (title: string, rows: ProfileLine[]) => {
    lines.push(`  ${title}`);
    for (const r of rows)
      lines.push(`    ${r.ms.toFixed(0).padStart(7)} ms ${r.pct.toFixed(1).padStart(5)} %  ${r.name}`);
  };
  table('top self time (functions):', s.topSelf);
  table('self time by file / package:', s.topFiles);
  table('total time of our own functions (callees included):', s.topOwnTotal);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [file, n] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx test/bench/cpu-profile.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(formatProfile(summarizeCpuProfile(file, {}, Number(n ?? 15))));
}
