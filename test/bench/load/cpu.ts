/**
 * Who used the CPU during the window: this generator (process.cpuUsage), the server process
 * (/proc/<pid>/stat) and the whole machine (/proc/stat), so a run disturbed by other work on
 * the machine (a type check, a browser) says so instead of passing for a slow server.
 * Everything in % of one core; /proc readings are null off Linux.
 */
import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second in /proc times (USER_HZ is 100 on every architecture we run). */
const USER_HZ = 100;

interface Snapshot {
  at: number;
  self: NodeJS.CpuUsage;
  serverMs: number | null;
  machineBusyMs: number | null;
}

export interface CpuShares {
  generator: number;
  server: number | null;
  /** Everything else on the machine (other processes, the kernel's own work). */
  others: number | null;
  cores: number | null;
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function serverMs(pid: number | undefined): number | null {
  const stat = pid ? readProc(`/proc/${pid}/stat`) : null;
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

function machine(): { busyMs: number; cores: number } | null {
  const stat = readProc('/proc/stat');
  if (!stat) return null;
  const [first = ''] = stat.split('\n');
  const [, ...ticks] = first.trim().split(/\s+/).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
  const cores = stat.split('\n').filter((l) => /^cpu\d/.test(l)).length;
  return { busyMs: ((user + nice + system + irq + softirq + steal) * 1000) / USER_HZ, cores };
}

export function cpuSnapshot(pid: number | undefined): Snapshot {
  return {
    at: performance.now(),
    self: process.cpuUsage(),
    serverMs: serverMs(pid),
    machineBusyMs: machine()?.busyMs ?? null,
  };
}

export function cpuShares(before: Snapshot, pid: number | undefined): CpuShares {
  const after = cpuSnapshot(pid);
  const wall = after.at - before.at || 1;
  const self = process.cpuUsage(before.self);
  const generator = (100 * (self.user + self.system)) / 1000 / wall;
  const server =
    after.serverMs === null || before.serverMs === null
      ? null
      : (100 * (after.serverMs - before.serverMs)) / wall;
  const machineBusy =
    after.machineBusyMs === null || before.machineBusyMs === null
      ? null
      : (100 * (after.machineBusyMs - before.machineBusyMs)) / wall;
  return {
    generator,
    server,
    others: machineBusy === null ? null : Math.max(0, machineBusy - generator - (server ?? 0)),
    cores: machine()?.cores ?? null,
  };
}
