/**
 * The HTTP app: the API under /api and the built PWA from `dist/`. Every path that is not an
 * API route or a file answers with the app shell, so deep links (and reloads) work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Throttle } from './auth/throttle';
import { apiBodyLimit } from './body-limits';
import { cameOverTls } from './client-info';
import { compression } from './compression';
import { BadRequest, type Env, fail, type ServerDeps } from './http';
import { authRoutes } from './routes/auth';
import { syncRoutes } from './routes/sync';
import { userRoutes } from './routes/users';
import { asStorageFault } from './storage/faults';
import type { Storage } from './storage/types';

/**
 * The app loads only its own files: no inline script or `<style>` (preact's `style` props go
 * through the CSSOM, which CSP allows), no eval, no framing, forms and <base> to this origin only.
 * The whole e2e suite runs under it and fails on any violation (test/e2e/browser.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Seconds a client should wait before retrying after a storage fault. */
const STORAGE_RETRY_AFTER_S = 30;

export interface AppOptions {
  /** Folder of the built app (vite build output). */
  distDir: string;
  storage: Storage;
  now?: () => Date;
  /** Failed-login throttle (tests pass a fast one); one per app by default. */
  throttle?: Throttle;
  /** Reverse proxies in front (TRUST_PROXY, see client-info.ts); 0 by default. */
  trustProxy?: number;
}

export function createApp({
  distDir,
  storage,
  now = () => new Date(),
  throttle,
  trustProxy = 0,
}: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const root = resolve(distDir);
  const deps: ServerDeps = { storage, now, trustProxy };

  // On every answer: no MIME sniffing, never inside a frame, referrers only to this origin, the
  // content security policy above; HSTS only over TLS (meaningless over plain HTTP).
  app.use('*', async (c, next) => {
    await next();
    if (cameOverTls(c, trustProxy)) c.res.headers.set('Strict-Transport-Security', 'max-age=31536000');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('X-Frame-Options', 'DENY');
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('Referrer-Policy', 'same-origin');
  });
  app.use('*', compression);
  app.use('/api/*', apiBodyLimit);
  // For load balancers and the e2e setup: 503 while the storage cannot serve (storage/faults.ts).
  app.get('/api/health', async (c) => {
    const status = await storage.health();
    return c.json({ ok: status === 'ok', storage: status }, status === 'ok' ? 200 : 503);
  });
  app.route('/api/auth', authRoutes(deps, throttle));
  app.route('/api/users', userRoutes(deps));
  app.route('/api/sync', syncRoutes(deps));
  app.all('/api/*', (c) => fail(c, 404, 'not-found', 'No such API route.'));

  // Hashed build assets never change under the same name: cache them for a year.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The shell, the service worker and the manifest must be revalidated every time, or an update
  // could hide behind a cached copy.
  app.use('/*', async (c, next) => {
    await next();
    if (/^\/(|index\.html|sw\.js|manifest\.webmanifest|registerSW\.js)$/.test(c.req.path))
      c.res.headers.set('Cache-Control', 'no-cache');
  });
  app.use('/*', serveStatic({ root, index: 'index.html' }));
  // A hashed asset that is not there is an old build's: 404, never the shell under its name
  // (which the year-long cache above would then keep).
  app.all('/assets/*', (c) => fail(c, 404, 'not-found', 'No such file.'));

  const indexFile = join(root, 'index.html');
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The app is not built yet: run `npm run build` (npm start does it for you).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });

  app.notFound((c) => fail(c, 404, 'not-found', 'Not found.'));
  app.onError((err, c) => {
    if (err instanceof BadRequest) return fail(c, 400, 'bad-request', err.message);
    const fault = asStorageFault(err);
    if (fault) {
      // Expected in operation (a full disk), so one line, not a trace; the client retries later.
      console.error(`storage unavailable: ${fault.message}`);
      c.header('Retry-After', String(STORAGE_RETRY_AFTER_S));
      return fail(c, 503, 'storage-unavailable', 'The server cannot store data right now; try again later.');
    }
    console.error(err);
    return fail(c, 500, 'internal', 'Internal server error.');
  });
  return app;
}
