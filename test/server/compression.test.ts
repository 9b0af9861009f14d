// @vitest-environment node
/**
 * Compression of API JSON and static text files: gzip or brotli as the client's Accept-Encoding
 * allows, decoding to exactly the plain answer; nothing for a client that offers neither, for
 * tiny bodies, or for PNG (already compressed). Read with node:http, which (unlike fetch) does
 * not decode, so the test sees the bytes on the wire.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/protocol/protocol';
import { createApp } from '../../src/server/app';
import { ensureAdmin } from '../../src/server/bootstrap';
import { pickEncoding } from '../../src/server/compression';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import type { Storage } from '../../src/server/storage/types';
import { ADMIN, apiClient, fields, writer } from './helpers';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `kata-${i}`))};\n`;
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(8000, 7)]);
let dir: string;
let storage: Storage;
let server: ReturnType<typeof serve>;
let port: number;
let token: string;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

function decode(r: Raw): Buffer {
  const enc = r.headers['content-encoding'];
  if (enc === 'gzip') return gunzipSync(r.body);
  if (enc === 'br') return brotliDecompressSync(r.body);
  return r.body;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klinik-compress-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'icons'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Klinik Inovasi</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'tiny-abc123.js'), 'export{};');
  writeFileSync(join(dir, 'icons', 'icon-192.png'), PNG);
  storage = openSqliteStorage(join(dir, 'klinik.sqlite'));
  await ensureAdmin(storage, ADMIN.password, () => {});
  const app = createApp({ distDir: dir, storage });
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
  const api = apiClient(`http://127.0.0.1:${port}`);
  token = await api.login(ADMIN.username, ADMIN.password);
  const w = writer();
  const units = Array.from({ length: 40 }, (_, i) => w.create('units', fields.unit(`Dinas Nomor ${i}`)));
  const pushed = await api.post(
    '/api/sync/push',
    { clientId: w.clientId, schemaVersion: SCHEMA_VERSION, mutations: units },
    token,
  );
  expect(pushed.status).toBe(200);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const PULL = '/api/sync/pull?limit=1000';

describe('compression', () => {
  it('compresses a pull with gzip, decoding to the same JSON as the plain answer', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const plain = await get(PULL, auth);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gz = await get(PULL, { ...auth, 'accept-encoding': 'gzip' });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gz.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(decode(gz).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(JSON.parse(plain.body.toString('utf8')).changes).toHaveLength(40);
  });

  it('prefers brotli when offered (as browsers do over HTTPS)', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const plain = await get(PULL, auth);
    const br = await get(PULL, { ...auth, 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(decode(br).equals(plain.body)).toBe(true);
  });

  it('compresses a script asset, keeping its year-long cache and the security headers', async () => {
    const gz = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-length']).toBeUndefined();
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gz.headers['content-security-policy']).toContain("default-src 'self'");
    expect(decode(gz).toString('utf8')).toBe(SCRIPT);
    expect(gz.body.length).toBeLessThan(SCRIPT.length / 3);
  });

  it('leaves PNG, tiny bodies and clients without (or refusing) compression alone', async () => {
    const png = await get('/icons/icon-192.png', { 'accept-encoding': 'gzip, br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.equals(PNG)).toBe(true);
    const tiny = await get('/assets/tiny-abc123.js', { 'accept-encoding': 'gzip, br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export{};');
    const health = await get('/api/health', { 'accept-encoding': 'gzip, br' });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString())).toEqual({ ok: true, storage: 'ok' });
    for (const ae of [undefined, 'identity', 'gzip;q=0, br;q=0', '*;q=0']) {
      const r = await get('/assets/app-abc123.js', ae ? { 'accept-encoding': ae } : {});
      expect(r.headers['content-encoding'], String(ae)).toBeUndefined();
      expect(r.body.toString('utf8')).toBe(SCRIPT);
    }
  });

  it('reads Accept-Encoding with q-values and odd spacing', () => {
    expect(pickEncoding(undefined)).toBeUndefined();
    expect(pickEncoding('')).toBeUndefined();
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding(' GZIP ; q=0.5 , br;q=0.4')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('deflate, compress')).toBeUndefined();
    expect(pickEncoding('gzip;q=abc')).toBeUndefined();
  });
});
