// @vitest-environment node
/**
 * Strict-Transport-Security only when the request came over TLS: the server's own TLS socket, or
 * a trusted proxy's X-Forwarded-Proto (TRUST_PROXY). Over plain HTTP, and on a forged header
 * without TRUST_PROXY, there is none.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest, createServer as httpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import { startServer } from './helpers';

const HSTS = 'strict-transport-security';

describe('HSTS behind a proxy', () => {
  it('is absent over plain HTTP, and a forged X-Forwarded-Proto is ignored without TRUST_PROXY', async () => {
    const s = await startServer();
    try {
      expect((await s.get('/api/health')).headers.get(HSTS)).toBeNull();
      const forged = await s.request('GET', '/api/health', { headers: { 'x-forwarded-proto': 'https' } });
      expect(forged.headers.get(HSTS)).toBeNull();
    } finally {
      await s.close();
    }
  });

  it('is sent with TRUST_PROXY when the proxy says https, and only then', async () => {
    const s = await startServer({ trustProxy: 1 });
    try {
      const viaTls = await s.request('GET', '/api/health', { headers: { 'x-forwarded-proto': 'https' } });
      expect(viaTls.headers.get(HSTS)).toBe('max-age=31536000');
      const viaTlsOnError = await s.request('GET', '/api/nope', {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(viaTlsOnError.headers.get(HSTS)).toBe('max-age=31536000');
      const plain = await s.request('GET', '/api/health', { headers: { 'x-forwarded-proto': 'http' } });
      expect(plain.headers.get(HSTS)).toBeNull();
      // The client wrote "https" before the proxy's own "http": the proxy's hop counts.
      const spoofed = await s.request('GET', '/api/health', {
        headers: { 'x-forwarded-proto': 'https, http' },
      });
      expect(spoofed.headers.get(HSTS)).toBeNull();
      expect((await s.get('/api/health')).headers.get(HSTS)).toBeNull();
    } finally {
      await s.close();
    }
  });
});

describe('HSTS on the server’s own TLS socket', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klinik-tls-'));
  const storage = openSqliteStorage(join(dir, 'klinik.sqlite'));
  let server: ReturnType<typeof serve>;
  let port = 0;
  beforeAll(async () => {
    // A throwaway self-signed certificate for this test run only.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const app = createApp({ distDir: dir, storage });
    server = await new Promise((resolve) => {
      const s = serve(
        {
          fetch: app.fetch,
          port: 0,
          hostname: '127.0.0.1',
          createServer: httpsServer,
          serverOptions: {
            key: readFileSync(join(dir, 'key.pem')),
            cert: readFileSync(join(dir, 'cert.pem')),
          },
        },
        () => resolve(s),
      );
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is sent on an answer over TLS', async () => {
    const header = await new Promise<string | undefined>((resolve, reject) => {
      const req = httpsRequest(
        { host: '127.0.0.1', port, path: '/api/health', rejectUnauthorized: false },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.headers[HSTS] as string | undefined));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(header).toBe('max-age=31536000');
  });
});
