/**
 * One simulated device: its own IndexedDB (fake-indexeddb) opened as `new KlinikDb(name)` with
 * a wall clock skewed by a fixed offset, the real HTTP transport over the fake network, and the
 * real engine (`syncOnce`). A pass only ever pauses at a network request, so the scheduler can
 * run it one step at a time. `crash()` kills the device mid-pass: the in-memory engine is
 * abandoned and a new database handle is opened on the same name, as after a reload.
 */
import { forgetDevice } from '../../../src/db/device';
import { KlinikDb } from '../../../src/db/schema';
import { getSession } from '../../../src/db/session-store';
import type { PublicUser } from '../../../src/protocol/protocol';
import { login } from '../../../src/sync/auth';
import { type SyncResult, syncOnce } from '../../../src/sync/engine';
import { httpTransport, type Transport } from '../../../src/sync/transport';
import type { Endpoint, Network } from './network';
import { SIM_PASSWORD, type SimServer } from './server';

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}
function deferred(): Deferred {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export interface ClientConfig {
  name: string;
  dbName: string;
  clientId: string;
  user: PublicUser;
  /** Device clock minus server clock. */
  offsetMs: number;
  pullLimit: number;
  pushBatch: number;
}

export class SimClient implements Endpoint {
  db: KlinikDb;
  readonly transport: Transport;
  private pass: Promise<void> | null = null;
  private wake: Deferred | null = null;
  offlineUntil = -1;
  passes = { ok: 0, failed: 0, crashed: 0 };
  lastError = '';
  lastResult: SyncResult | null = null;
  /** The record this person edited last (the workload often goes on editing it). */
  lastEdited: { table: 'units' | 'innovations' | 'stageProgress'; id: string } | null = null;
  private counter = 0;

  constructor(
    readonly cfg: ClientConfig,
    private readonly server: SimServer,
    private readonly network: Network,
    private readonly step: () => number,
  ) {
    this.db = this.open();
    this.transport = httpTransport({
      getToken: async () => {
        const s = await getSession(this.db);
        return s && !s.expired ? s.token : null;
      },
      fetchImpl: network.fetchFor(this),
    });
  }

  get name(): string {
    return this.cfg.name;
  }
  get clientId(): string {
    return this.cfg.clientId;
  }
  get user(): PublicUser {
    return this.cfg.user;
  }

  /** This device's idea of the time. */
  wall = (): number => this.server.now() + this.cfg.offsetMs;

  /** A value no other write of the run uses, so the ledger can tell writes apart. */
  unique(prefix: string): string {
    return `${prefix} ${this.cfg.name}-${++this.counter}`;
  }

  private open(): KlinikDb {
    return new KlinikDb(this.cfg.dbName, { clock: () => new Date(this.wall()) });
  }

  /** First start: the device's id is fixed (deterministic HLC tie-breaks), then a real login. */
  async start(): Promise<void> {
    await this.db.meta.put({ key: 'clientId', value: this.cfg.clientId });
    const outcome = await login(this.cfg.user.username, SIM_PASSWORD, {
      db: this.db,
      fetchImpl: (input, init) => this.server.handle(String(input), init ?? {}),
    });
    if (!outcome.ok) throw new Error(`${this.name}: login failed: ${outcome.error}`);
  }

  inPass(): boolean {
    return this.pass !== null;
  }
  offline(): boolean {
    return this.step() < this.offlineUntil;
  }
  blocked(): void {
    this.wake?.resolve();
  }

  /** Runs `action` and waits until this device's pass is blocked on the network again or over. */
  async advance(action: () => void): Promise<void> {
    const wake = deferred();
    this.wake = wake;
    action();
    await wake.promise;
    this.wake = null;
  }

  /** Starts a pass and runs it up to its first network request (or its end). */
  async startPass(pullLimit = this.cfg.pullLimit): Promise<void> {
    if (this.pass) throw new Error(`${this.name}: a pass is already running`);
    const db = this.db;
    await this.advance(() => {
      this.pass = syncOnce({
        db,
        transport: this.transport,
        now: () => new Date(this.wall()),
        pullLimit,
        pushBatch: this.cfg.pushBatch,
      })
        .then(
          (r) => {
            this.lastResult = r;
            this.lastError = '';
            this.passes.ok++;
          },
          (err: unknown) => {
            this.lastResult = null;
            this.lastError = err instanceof Error ? err.message : String(err);
            this.passes.failed++;
          },
        )
        .finally(() => {
          this.pass = null;
          this.wake?.resolve();
        });
    });
  }

  /** A full pass with the network answering at once (no faults). */
  async syncNow(pullLimit?: number): Promise<SyncResult> {
    if (this.pass) throw new Error(`${this.name}: a pass is already running`);
    this.lastResult = null;
    await this.startPass(pullLimit);
    if (this.pass) throw new Error(`${this.name}: pass blocked although the network is not holding`);
    if (!this.lastResult) throw new Error(`${this.name}: quiet sync failed: ${this.lastError}`);
    return this.lastResult;
  }

  /**
   * Kill the device. Its pending request (if any) reached the server first when
   * `serverGotIt`. The old handle is closed, the abandoned pass is let fall over, and a new
   * handle is opened on the same database: outbox, in-flight marks and cursor must recover.
   */
  async crash(serverGotIt: boolean): Promise<void> {
    const p = this.network.take(this);
    if (p && serverGotIt) await this.network.serverOnly(p);
    this.db.close();
    if (p) await this.advance(() => p.reject(new TypeError('device killed')));
    if (this.pass) throw new Error(`${this.name}: the abandoned pass did not end`);
    this.passes.crashed++;
    forgetDevice(this.db);
    this.db = this.open();
  }

  async destroy(): Promise<void> {
    this.db.close();
    forgetDevice(this.db);
    await new KlinikDb(this.cfg.dbName).delete();
  }
}
