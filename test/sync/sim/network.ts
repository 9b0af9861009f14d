/**
 * The fake network between the simulated devices and the in-process server. While faults are
 * on, every request waits in `pending` until the scheduler delivers it — in any order across
 * devices, so delays and reordering come from the seed — with one of these outcomes:
 *
 * - `ok`: the server answers and the device gets the answer;
 * - `drop-request`: the request never arrives (the device sees a network error);
 * - `drop-response`: the server commits, then the answer is lost (network error on the device);
 * - `duplicate`: the server receives the request twice (now, or as a "ghost" copy delivered at
 *   a later random moment, after newer requests); the device gets one answer.
 *
 * A device that is partitioned fails fast like an offline `fetch`. When the scheduler stops
 * holding requests, they go straight through. Every push the server ever received is kept for
 * the final replay check, and every pull answer a device received is reported to the ledger
 * (that is what "this device has seen version N" means).
 */
import type { Change } from '../../../src/protocol/protocol';
import type { SimServer } from './server';
import type { Trace } from './trace';

export type Outcome = 'ok' | 'drop-request' | 'drop-response' | 'duplicate';

/** What the network needs to know about a device. */
export interface Endpoint {
  readonly name: string;
  readonly clientId: string;
  /** True while a sync pass of this device is running (its requests are held). */
  inPass(): boolean;
  offline(): boolean;
  /** The pass is now blocked on the network: wake the scheduler. */
  blocked(): void;
}

export interface Pending {
  device: Endpoint;
  kind: 'push' | 'pull' | 'other';
  path: string;
  init: RequestInit;
  resolve(res: Response): void;
  reject(err: unknown): void;
}

interface Sent {
  path: string;
  init: RequestInit;
}

export class Network {
  readonly pending: Pending[] = [];
  readonly ghosts: Sent[] = [];
  /** Every push the server received (for the final replay check). */
  readonly receivedPushes: Sent[] = [];
  hold = true;
  stats = { requests: 0, dropRequest: 0, dropResponse: 0, duplicate: 0, ghost: 0, offline: 0 };

  constructor(
    private readonly server: SimServer,
    private readonly trace: Trace,
  ) {}

  fetchFor(device: Endpoint): typeof fetch {
    return (input, init = {}) => {
      const path = String(input);
      if (device.offline()) {
        this.stats.offline++;
        return Promise.reject(new TypeError('fetch failed (offline)'));
      }
      const plain: RequestInit = {
        method: init.method ?? 'GET',
        headers: init.headers ?? {},
        body: init.body ?? null,
      };
      if (!this.hold || !device.inPass()) return this.exchange(device, path, plain);
      return new Promise<Response>((resolve, reject) => {
        const kind = path.startsWith('/api/sync/push')
          ? 'push'
          : path.startsWith('/api/sync/pull')
            ? 'pull'
            : 'other';
        this.pending.push({ device, kind, path, init: plain, resolve, reject });
        device.blocked();
      });
    };
  }

  /** Removes and returns the request a device is waiting on, if any. */
  take(device: Endpoint): Pending | undefined {
    const i = this.pending.findIndex((p) => p.device === device);
    return i < 0 ? undefined : this.pending.splice(i, 1)[0];
  }

  describe(p: Pending): string {
    if (p.kind !== 'push') {
      // The cursor's scope key hashes random unit ids: show only its version, so traces replay.
      return `${p.device.name} ${p.kind} ${p.path.replace('/api/sync/pull?', '').replace(/\.[\w-]+&/, '&')}`;
    }
    const body = JSON.parse(String(p.init.body)) as { mutations: { op: string; table: string }[] };
    return `${p.device.name} push[${body.mutations.map((m) => `${m.op[0]}:${m.table.slice(0, 4)}`).join(',')}]`;
  }

  /** Delivers `p` (already taken from `pending`) with the given outcome. */
  async deliver(p: Pending, outcome: Outcome, ghost = false): Promise<void> {
    this.stats.requests++;
    if (outcome === 'drop-request') {
      this.stats.dropRequest++;
      p.reject(new TypeError('fetch failed (request lost)'));
      return;
    }
    const res = await this.toServer(p.path, p.init);
    if (outcome === 'drop-response') {
      this.stats.dropResponse++;
      p.reject(new TypeError('fetch failed (response lost)'));
      return;
    }
    if (outcome === 'duplicate' && p.kind === 'push') {
      this.stats.duplicate++;
      if (ghost) this.ghosts.push({ path: p.path, init: p.init });
      else await this.toServer(p.path, p.init);
    }
    await this.received(p.device, p.path, res);
    p.resolve(res);
  }

  /** The server gets `p` but the device never hears back (it is being killed). */
  async serverOnly(p: Pending): Promise<void> {
    this.stats.requests++;
    await this.toServer(p.path, p.init);
  }

  async deliverGhost(index: number): Promise<void> {
    const [g] = this.ghosts.splice(index, 1);
    if (!g) return;
    this.stats.ghost++;
    this.trace.log(`ghost copy of an earlier push arrives`);
    await this.toServer(g.path, g.init);
  }

  private async exchange(device: Endpoint, path: string, init: RequestInit): Promise<Response> {
    const res = await this.toServer(path, init);
    await this.received(device, path, res);
    return res;
  }

  private async toServer(path: string, init: RequestInit): Promise<Response> {
    if (path.startsWith('/api/sync/push')) this.receivedPushes.push({ path, init });
    return this.server.handle(path, init);
  }

  /** A pull answer reached the device: from now on it has seen those versions. */
  private async received(device: Endpoint, path: string, res: Response): Promise<void> {
    if (!path.startsWith('/api/sync/pull') || !res.ok) return;
    const body = (await res.clone().json()) as { changes: Change[] };
    this.server.ledger.recordDelivered(device.clientId, body.changes);
  }
}
