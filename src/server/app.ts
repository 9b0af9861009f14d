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
import { BadRequest, type Env, fail, type ServerDeps } from './http';
import { authRoutes } from './routes/auth';
import { syncRoutes } from './routes/sync';
import { userRoutes } from './routes/users';
import type { Storage } from './storage/types';

export interface AppOptions {
  /** Folder of the built app (vite build output). */
  distDir: string;
  storage: Storage;
  now?: () => Date;
  /** Failed-login throttle (tests pass a fast one); one per app by default. */
  throttle?: Throttle;
}

export function createApp({ distDir, storage, now = () => new Date(), throttle }: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const root = resolve(distDir);
  const deps: ServerDeps = { storage, now };

  // On every answer: no MIME sniffing, never inside a frame, referrers only to this origin.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('X-Frame-Options', 'DENY');
    if (!c.res.headers.has('Content-Security-Policy'))
      c.res.headers.set('Content-Security-Policy', "frame-ancestors 'none'");
    c.res.headers.set('Referrer-Policy', 'same-origin');
  });
  app.use('/api/*', apiBodyLimit);
  app.get('/api/health', (c) => c.json({ ok: true }));
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
    console.error(err);
    return fail(c, 500, 'internal', 'Internal server error.');
  });
  return app;
}
