/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
/** Shown in Settings and on <html data-version>; the e2e update test builds a second version with it. */
const APP_VERSION = process.env.VITE_APP_VERSION || pkg.version;

/** iOS ignores the manifest's icons for "Add to Home Screen": give it one explicitly. */
function appleTouchIcon(): Plugin {
  return {
    name: 'klinik-apple-touch-icon',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' }, injectTo: 'head' },
    ],
  };
}

export default defineConfig({
  plugins: [
    preact(),
    appleTouchIcon(),
    VitePWA({
      // Unit tests never need the service worker build.
      disable: Boolean(process.env.VITEST),
      strategies: 'generateSW',
      // A new version waits until the user confirms it (src/sw/bridge.ts, UpdateBanner).
      registerType: 'prompt',
      // src/sw/bridge.ts registers the worker itself (workbox-window, loaded lazily).
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Klinik Inovasi',
        short_name: 'Klinik Inovasi',
        description:
          'Pendampingan inovasi daerah 5D (drum up, diagnose, design, deliver, display) untuk fasilitator, unit kerja, dan koordinator — tetap bekerja tanpa sinyal.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0f5c4d',
        background_color: '#f5f7f6',
        categories: ['productivity', 'government'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell only; the plugin adds the manifest and its icons itself.
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: 'index.html',
        // The API is never answered from a cache: /api/* has no route, so it goes to the network.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        clientsClaim: false,
        sourcemap: false,
      },
    }),
  ],
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(APP_VERSION),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: test/bench/size-check.ts walks it to weigh the first screen's JS.
    manifest: true,
    rolldownOptions: {
      // `npm run bench` builds the benchmark harness page next to the app (test/bench/harness).
      ...(process.env.KLINIK_BENCH === '1'
        ? { input: { main: 'index.html', bench: 'test/bench/harness/index.html' } }
        : {}),
      output: {
        codeSplitting: {
          // Everything the entry imports statically in one chunk: left alone, Rolldown cuts what
          // the entry shares with lazy pages into ~30 small chunks, each compressed on its own.
          // The entry module stays out of the group, so the manifest keeps its `index.html` record.
          groups: [
            {
              name: 'app',
              tags: ['$initial'],
              test: (id) => !/[\\/](index\.html|src[\\/]main\.tsx)$/.test(id),
            },
          ],
        },
      },
    },
  },
  resolve: {
    // Dexie's ES module build for current browsers: ~2 kB gzip smaller on the first screen than
    // the ES5 bundle the package's default entry wraps (test/bench/size-check.ts).
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      // jsPDF's optional html()/SVG helpers: never used by the minutes PDF, kept out of the build.
      {
        find: /^(html2canvas|dompurify|canvg)$/,
        replacement: fileURLToPath(new URL('./src/export/minutes/jspdf-unused.ts', import.meta.url)),
      },
    ],
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
  test: {
    // zustand imports 'react'; inlining lets the preact/compat alias apply under vitest.
    server: { deps: { inline: ['zustand'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/helpers/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
