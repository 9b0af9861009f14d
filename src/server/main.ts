/** `npm start` entry: serves the API and the built app on PORT (default 8080). */
import { serve } from '@hono/node-server';
import { createApp } from './app';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const distDir = process.env.DIST_DIR ?? 'dist';

const server = serve({ fetch: createApp({ distDir }).fetch, port, hostname: host }, (info) => {
  console.log(`Klinik Inovasi berjalan di / running at http://localhost:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
  });
}
