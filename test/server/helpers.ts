/**
 * Contract-test helpers: the real server over real HTTP. Tests only see `baseURL` and these
 * request helpers, so another storage (PostgreSQL) can run the same files by passing its own
 * `openStorage` to `startServer`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { newActionItemFields } from '../../src/domain/action-item';
import { uuidv7 } from '../../src/domain/ids';
import { newInnovationFields } from '../../src/domain/innovation';
import { newSessionFields } from '../../src/domain/session';
import { defaultStageProgress } from '../../src/domain/stage-progress';
import type { TableName } from '../../src/domain/tables';
import { newUnitFields } from '../../src/domain/unit';
import { formatHlc } from '../../src/protocol/hlc';
import {
  type Change,
  type LoginResponse,
  type Mutation,
  type MutationResult,
  type PullResponse,
  type Role,
  SCHEMA_VERSION,
} from '../../src/protocol/protocol';
import { createApp } from '../../src/server/app';
import type { Throttle } from '../../src/server/auth/throttle';
import { ensureAdmin } from '../../src/server/bootstrap';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import type { Storage } from '../../src/server/storage/types';

// test/helpers/setup.ts (shared with the jsdom UI tests) clears localStorage before each test;
// Node 20 has none, so give it a throwaway one.
if (typeof globalThis.localStorage === 'undefined') {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

export const ADMIN = { username: 'koordinator', password: 'admin-password-1' };

// ---------------------------------------------------------------------------------------------
// HTTP

// biome-ignore lint/suspicious/noExplicitAny: a test reads answers loosely; its assertions check their shape
export type AnyBody = any;

export interface Reply<T = AnyBody> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  /** Sent as JSON unless `raw` is given. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

export interface Api {
  baseURL: string;
  request<T = AnyBody>(method: string, path: string, opts?: RequestOptions): Promise<Reply<T>>;
  get<T = AnyBody>(path: string, token?: string): Promise<Reply<T>>;
  post<T = AnyBody>(path: string, body: unknown, token?: string): Promise<Reply<T>>;
  patch<T = AnyBody>(path: string, body: unknown, token?: string): Promise<Reply<T>>;
  /** Logs in (expects 200) and returns the token. */
  login(username: string, password: string): Promise<string>;
  /** Pushes and returns the per-mutation results (expects 200). */
  push(token: string, clientId: string, mutations: Mutation[]): Promise<MutationResult[]>;
  pull(token: string, cursor?: string, limit?: number): Promise<Reply<PullResponse>>;
  /** Pulls page after page until hasMore is false. */
  pullAll(token: string, cursor?: string, limit?: number): Promise<{ changes: Change[]; cursor: string }>;
  /** Creates an account as the coordinator and logs it in. */
  addUser(
    adminToken: string,
    role: Role,
    unitIds: string[],
  ): Promise<{ id: string; username: string; token: string }>;
}

let userCount = 0;

export function apiClient(baseURL: string): Api {
  const request = async <T = AnyBody>(
    method: string,
    path: string,
    opts: RequestOptions = {},
  ): Promise<Reply<T>> => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.raw;
    if (body === undefined && opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(baseURL + path, { method, headers, body, signal: AbortSignal.timeout(15_000) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  };
  const api: Api = {
    baseURL,
    request,
    get: (path, token) => request('GET', path, { token }),
    post: (path, body, token) => request('POST', path, { body, token }),
    patch: (path, body, token) => request('PATCH', path, { body, token }),
    async login(username, password) {
      const r = await request<LoginResponse>('POST', '/api/auth/login', { body: { username, password } });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
      return r.body.token;
    },
    async push(token, clientId, mutations) {
      const r = await request('POST', '/api/sync/push', {
        token,
        body: { clientId, schemaVersion: SCHEMA_VERSION, mutations },
      });
      if (r.status !== 200) throw new Error(`push: ${r.status} ${r.text}`);
      return r.body.results;
    },
    pull(token, cursor, limit) {
      const q = new URLSearchParams();
      if (cursor !== undefined) q.set('cursor', cursor);
      if (limit !== undefined) q.set('limit', String(limit));
      return request('GET', `/api/sync/pull?${q}`, { token });
    },
    async pullAll(token, cursor, limit) {
      const changes: Change[] = [];
      for (let page = 0; page < 1000; page++) {
        const r = await api.pull(token, cursor, limit);
        if (r.status !== 200) throw new Error(`pull: ${r.status} ${r.text}`);
        changes.push(...r.body.changes);
        cursor = r.body.cursor;
        if (!r.body.hasMore) return { changes, cursor };
      }
      throw new Error('pull never finished');
    },
    async addUser(adminToken, role, unitIds) {
      const username = `${role}-${process.pid}-${++userCount}`;
      const password = 'secret-password';
      const r = await api.post('/api/users', { username, password, role, unitIds }, adminToken);
      if (r.status !== 201) throw new Error(`create user: ${r.status} ${r.text}`);
      return { id: r.body.id as string, username, token: await api.login(username, password) };
    },
  };
  return api;
}

// ---------------------------------------------------------------------------------------------
// Server

/** A settable clock for the app's `now` (token expiry, HLC clamping). */
export function testClock() {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
    },
    reset() {
      offset = 0;
    },
  };
}

export interface ServerOptions {
  openStorage?: (file: string) => Storage;
  now?: () => Date;
  throttle?: Throttle;
  /** TRUST_PROXY's value (client-info.ts). */
  trustProxy?: number;
}

export interface TestServer extends Api {
  adminToken: string;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'klinik-server-'));
  const storage = (opts.openStorage ?? openSqliteStorage)(join(dir, 'klinik.sqlite'));
  await ensureAdmin(storage, ADMIN.password, () => {});
  const app = createApp({
    distDir: dir,
    storage,
    now: opts.now,
    throttle: opts.throttle,
    trustProxy: opts.trustProxy,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const api = apiClient(`http://127.0.0.1:${port}`);
  const adminToken = await api.login(ADMIN.username, ADMIN.password);
  return {
    ...api,
    adminToken,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every error body is exactly {error, message}: a code and a sentence, never a stack. */
export function isErrorBody(body: unknown, code: string): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const keys = Object.keys(body).sort().join(',');
  const b = body as { error: unknown; message: unknown };
  return (
    keys === 'error,message' &&
    b.error === code &&
    typeof b.message === 'string' &&
    !/\n\s+at /.test(b.message)
  );
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Valid, complete create fields for each table. */
export const fields = {
  unit: (name = 'Dinas Kesehatan') => newUnitFields({ name, kind: 'opd' }),
  innovation: (unitId: string, name = 'Layanan Cepat') => newInnovationFields({ unitId, name }),
  stageProgress: (innovationId: string) => defaultStageProgress(innovationId, 'drumUp', uuidv7),
  session: (unitId: string, date = '2025-03-01') => newSessionFields({ unitId, date }),
  actionItem: (unitId: string, text = 'Lengkapi SK tim') => newActionItemFields({ unitId, text }),
  target: (year = 2025) => ({ year, proposalTarget: 100, onePerAgency: true, notes: '' }),
  clinicIdentity: (regionName = 'Kota Pontianak') => ({
    regionName,
    place: '',
    clinicName: `Klinik Inovasi ${regionName}`,
    agencyName: `Bapperida ${regionName}`,
    logo: '',
  }),
};

export interface Writer {
  clientId: string;
  hlc(): string;
  create(table: TableName, f: object, recordId?: string): Mutation;
  patch(table: TableName, recordId: string, f: object, baseVersion: number): Mutation;
  remove(table: TableName, recordId: string, baseVersion: number): Mutation;
}

/** One client's mutations, stamped with a monotonic HLC of this client (`clock` in ms). */
export function writer(clientId = uuidv7(), clock: () => number = Date.now): Writer {
  let counter = 0;
  const hlc = () => formatHlc(clock(), counter++, clientId);
  const make = (table: TableName, recordId: string, op: Mutation['op'], f: object, baseVersion: number) => ({
    id: uuidv7(),
    table,
    recordId,
    op,
    fields: { ...f } as Record<string, unknown>,
    baseVersion,
    hlc: hlc(),
  });
  return {
    clientId,
    hlc,
    create: (table, f, recordId = uuidv7()) => make(table, recordId, 'create', f, 0),
    patch: (table, recordId, f, baseVersion) => make(table, recordId, 'patch', f, baseVersion),
    remove: (table, recordId, baseVersion) => make(table, recordId, 'delete', {}, baseVersion),
  };
}

/** The newest change per record, keyed `table/recordId`. */
export function latest(changes: Change[]): Map<string, Change> {
  const map = new Map<string, Change>();
  for (const c of changes) {
    const key = `${c.table}/${c.recordId}`;
    const prev = map.get(key);
    if (!prev || prev.version < c.version) map.set(key, c);
  }
  return map;
}
