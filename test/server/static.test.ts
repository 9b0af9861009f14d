// @vitest-environment node
/**
 * The built app as the real server serves it over HTTP: a missing hashed asset is a 404 (never
 * the app shell cached for a year), the shell is revalidated, and every answer carries the
 * headers that stop sniffing, framing and leaking the path in a referrer.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import type { Storage } from '../../src/server/storage/types';

const SHELL = '<!doctype html><title>Klinik Inovasi</title>';
let dir: string;
let storage: Storage;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klinik-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), SHELL);
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1);');
  storage = openSqliteStorage(join(dir, 'klinik.sqlite'));
  const app = createApp({ distDir: dir, storage });
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves a hashed asset for a year, and a missing one as 404, not the app shell', async () => {
    const found = await fetch(`${base}/assets/app-abc123.js`);
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${base}/assets/app-gone999.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
    expect(await missing.text()).not.toContain('<title>Klinik Inovasi</title>');
  });

  it('revalidates the app shell at /, /index.html and a deep link', async () => {
    for (const path of ['/', '/index.html', '/units/abc']) {
      const r = await fetch(`${base}${path}`);
      expect(r.status).toBe(200);
      expect(await r.text()).toBe(SHELL);
      expect(r.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('sends nosniff, no framing and a same-origin referrer policy on pages, assets and the API', async () => {
    for (const path of ['/', '/assets/app-abc123.js', '/api/health', '/api/nope']) {
      const r = await fetch(`${base}${path}`);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  it('sends the full content security policy on pages, assets, API answers and errors', async () => {
    const wanted = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ];
    for (const path of [
      '/',
      '/index.html',
      '/units/x',
      '/assets/app-abc123.js',
      '/assets/gone.js',
      '/api/health',
      '/api/nope',
    ]) {
      const csp = (await fetch(`${base}${path}`)).headers.get('content-security-policy') ?? '';
      const directives = csp.split(';').map((d) => d.trim());
      for (const d of wanted) expect(directives, `${path}: ${d}`).toContain(d);
      // Nothing that would let an injected script or style run.
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/);
    }
  });
});
