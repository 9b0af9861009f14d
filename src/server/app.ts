/**
 * The HTTP app: the API under /api and the built PWA from `dist/`. Every path that is not an
 * API route or a file answers with the app shell, so deep links (and reloads) work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export interface AppOptions {
  /** Folder of the built app (vite build output). */
  distDir: string;
}

export function createApp({ distDir }: AppOptions): Hono {
  const app = new Hono();
  const root = resolve(distDir);

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.all('/api/*', (c) => c.json({ error: 'not-found', message: 'No such API route.' }, 404));

  // Hashed build assets never change under the same name: cache them for a year.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/*', serveStatic({ root, index: 'index.html' }));

  const indexFile = join(root, 'index.html');
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The app is not built yet: run `npm run build` (npm start does it for you).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });

  app.onError((err, c) => {
    console.error(err);
    return c.json({ error: 'internal', message: 'Internal server error.' }, 500);
  });
  return app;
}
