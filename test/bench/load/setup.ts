/**
 * Puts the simulated devices in place before the measured window: one facilitator account per
 * unit (through the users API, as a coordinator would), every device logged in with its own
 * token, and every device's initial pull done, all outside the measured window.
 *
 * Logins and the throttle: src/server/auth/throttle.ts counts only failed logins (per username
 * and per address) and a success clears them, so 200 correct logins from 127.0.0.1 are never
 * slowed or refused; nothing here bypasses or loosens it. What does cost is scrypt (~16 MiB,
 * tens of ms per login): logins run four at a time, the size of libuv's thread pool.
 */
import type { DemoData } from '../../../src/domain/demo';
import type { LoginResponse } from '../../../src/protocol/protocol';
import type { Api } from '../../e2e/api';
import { E2E_ADMIN_PASSWORD } from '../../e2e/server';
import { Device } from './device';
import type { HttpClient } from './http-client';

export const BENCH_PASSWORD = 'bench-fasilitator-sandi';
const LOGIN_CONCURRENCY = 4;
const PULL_CONCURRENCY = 8;

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

interface DevicePlan {
  username: string;
  password: string;
  edits: boolean;
}

/**
 * `devices` devices: `coordinators` of them on the coordinator account (they only read), the
 * rest spread round-robin over the units, one facilitator account per unit.
 */
export async function createAccounts(
  admin: Api,
  data: DemoData,
  devices: number,
  coordinators: number,
): Promise<DevicePlan[]> {
  const units = data.units;
  const unitDevices = devices - coordinators;
  const usedUnits = units.slice(0, Math.min(units.length, unitDevices));
  await mapLimit(usedUnits, LOGIN_CONCURRENCY, (unit, i) =>
    admin.call('POST', '/api/users', {
      username: facilitatorName(i),
      password: BENCH_PASSWORD,
      role: 'facilitator',
      unitIds: [unit.id],
    }),
  );
  const plans: DevicePlan[] = [];
  for (let i = 0; i < coordinators; i++) {
    plans.push({ username: 'koordinator', password: E2E_ADMIN_PASSWORD, edits: false });
  }
  for (let i = 0; i < unitDevices; i++) {
    plans.push({ username: facilitatorName(i % usedUnits.length), password: BENCH_PASSWORD, edits: true });
  }
  return plans;
}

function facilitatorName(i: number): string {
  return `bench-fasilitator-${String(i + 1).padStart(2, '0')}`;
}

/** Every device logs in on its own (its own token, as separate tablets would). */
export function loginDevices(http: HttpClient, plans: readonly DevicePlan[]): Promise<Device[]> {
  return mapLimit(plans, LOGIN_CONCURRENCY, async (plan, i) => {
    const answer = await http.send('POST', '/api/auth/login', null, {
      username: plan.username,
      password: plan.password,
    });
    if (!answer.json) throw new Error(`login ${plan.username}: ${answer.kind}`);
    const { token } = answer.json as LoginResponse;
    return new Device(`${plan.username}#${i + 1}`, token, plan.edits);
  });
}

/** The initial pull of every device; returns the records pulled in all. */
export async function initialPulls(http: HttpClient, devices: readonly Device[]): Promise<number> {
  const counts = await mapLimit(devices, PULL_CONCURRENCY, (d) => d.initialPull(http));
  return counts.reduce((a, b) => a + b, 0);
}
