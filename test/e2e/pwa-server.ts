/**
 * Helpers for the PWA e2e test, which needs more than the shared server: its own server that can
 * be stopped and started again on the SAME port (same origin, so the same service worker and
 * IndexedDB) and the SAME data folder, and a second build of the app with another version string.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { E2E_ADMIN_PASSWORD, ROOT } from './server';

function log(line: string): void {
  console.log(`[e2e:pwa] ${line}`);
}

/**
 * `vite build` into each `outDir` with VITE_APP_VERSION=`version`, all at once (the update test
 * needs two versions; building its own copies also keeps it clear of anyone rebuilding dist/).
 */
export async function buildVersions(builds: { outDir: string; version: string }[]): Promise<void> {
  const started = Date.now();
  await Promise.all(
    builds.map(
      ({ outDir, version }) =>
        new Promise<void>((resolve, reject) => {
          const env: NodeJS.ProcessEnv = {
            ...process.env,
            NODE_ENV: 'production',
            VITE_APP_VERSION: version,
          };
          // Under vitest the PWA plugin is off (vite.config.ts): the child must not look like a test run.
          for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
          const child = spawn(
            process.execPath,
            [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
            { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
          );
          let output = '';
          child.stdout?.on('data', (c: Buffer) => {
            output += c.toString('utf8');
          });
          child.stderr?.on('data', (c: Buffer) => {
            output += c.toString('utf8');
          });
          child.on('error', reject);
          child.on('exit', (code) => {
            if (code === 0) resolve();
            else reject(new Error(`vite build of ${version} failed (exit ${code}):\n${output}`));
          });
        }),
    ),
  );
  const names = builds.map((b) => b.version).join(', ');
  log(`Built ${names} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

export interface AppServer {
  baseURL: string;
  output(): string;
  /** Stops the process; the data folder stays (the next start reuses it). */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((ok) => {
    const timer = setTimeout(() => ok(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      ok(true);
    });
  });
}

/** Starts src/server/main.ts on 127.0.0.1:`port` serving `distDir` with data in `dataDir`. */
export async function startAppServer(opts: {
  distDir: string;
  dataDir: string;
  port: number;
}): Promise<AppServer> {
  const baseURL = `http://127.0.0.1:${opts.port}`;
  let buffer = '';
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DIST_DIR: opts.distDir,
      DATA_DIR: opts.dataDir,
      KLINIK_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    buffer = (buffer + chunk.toString('utf8')).slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async () => {
    if (exited(child)) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 5000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5000);
    }
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited(child)) throw new Error(`The server exited before it was ready:\n${buffer}`);
    try {
      const res = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /api/health within 30 s:\n${buffer}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`Server ready at ${baseURL} (${opts.distDir}).`);
  return { baseURL, output: () => buffer, stop };
}

/** Logs in over HTTP and returns every record the user may see, by `${table}/${recordId}`. */
export async function pullAll(
  baseURL: string,
  username: string,
  password: string,
): Promise<Map<string, Record<string, unknown>>> {
  const login = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`login failed: HTTP ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const records = new Map<string, Record<string, unknown>>();
  let cursor = '';
  for (let page = 0; page < 100; page++) {
    const query = cursor ? `?limit=1000&cursor=${encodeURIComponent(cursor)}` : '?limit=1000';
    const res = await fetch(`${baseURL}/api/sync/pull${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`pull failed: HTTP ${res.status}`);
    const body = (await res.json()) as {
      changes: { table: string; recordId: string; fields: Record<string, unknown> }[];
      cursor: string;
      hasMore: boolean;
    };
    for (const c of body.changes) {
      const key = `${c.table}/${c.recordId}`;
      records.set(key, { ...(records.get(key) ?? {}), ...c.fields });
    }
    cursor = body.cursor;
    if (!body.hasMore) break;
  }
  return records;
}
