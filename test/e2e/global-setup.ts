/**
 * Vitest global setup for the e2e project: makes sure Chromium is there (installing Debian's
 * package when running as root), builds the app once, starts the real server, and hands the
 * tests its address. Set E2E_SKIP_BUILD=1 to reuse an existing dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from './server';

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  if (process.env.E2E_SKIP_BUILD === '1') console.log('[e2e] E2E_SKIP_BUILD=1: serving the existing dist/.');
  else buildApp();
  const server = await startServer();

  project.provide('baseURL', server.baseURL);
  project.provide('chromiumPath', chromiumPath);
  project.provide('adminPassword', E2E_ADMIN_PASSWORD);

  return async () => {
    const output = server.output();
    await server.stop();
    const logDir = join(ROOT, 'test-results');
    mkdirSync(logDir, { recursive: true });
    writeFileSync(join(logDir, 'e2e-server.log'), output);
    const state = project.vitest.state;
    if (state.getCountOfFailedTests() > 0 || state.getFailedFilepaths().length > 0) {
      console.log(`[e2e] Some e2e tests failed. The server printed:\n${output || '(nothing)'}`);
    }
  };
}
