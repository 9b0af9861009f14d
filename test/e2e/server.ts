/**
 * Builds the app and runs the real server (src/server/main.ts) as a child process on a free
 * loopback port with a throwaway data folder. Shared by the e2e global setup and the
 * screenshot script, so both test exactly what `npm start` serves.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST_DIR = join(ROOT, 'dist');
/** The coordinator account's password on the test server (the server creates the account on start). */
export const E2E_ADMIN_PASSWORD = 'e2e-koordinator-sandi';

const MAX_OUTPUT = 200_000;

function log(line: string): void {
  console.log(`[e2e] ${line}`);
}

/**
 * `vite build` in a child process (production mode, none of the test runner's environment), into
 * `dist/` or, given `outDir`, into that folder (emptied first; the size check builds into a temp dir).
 */
export function buildApp(outDir?: string): void {
  const started = Date.now();
  log('Building the app (vite build)…');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const args = [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'];
  if (outDir) args.push('--outDir', outDir, '--emptyOutDir');
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** A free TCP port on 127.0.0.1 (listen on port 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? ok(port) : fail(new Error('Could not find a free port.'))));
    });
  });
}

export interface RunningServer {
  baseURL: string;
  dataDir: string;
  /** The server process's id (the benchmarks read its CPU time from /proc). */
  pid: number | undefined;
  /** Everything the server printed so far (stdout and stderr interleaved). */
  output(): string;
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((ok) => {
    const timer = setTimeout(() => ok(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      ok(true);
    });
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string, ms: number) {
  const deadline = Date.now() + ms;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`,
      );
    }
    try {
      const res = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The server did not answer /api/health within ${ms} ms (${lastError}):\n${output()}`);
}

export interface StartServerOptions {
  distDir?: string;
  /** Extra Node flags before the entry point (the benchmarks pass `--cpu-prof`, `--cpu-prof-dir=…`). */
  nodeArgs?: string[];
  /** Extra environment variables for the server process (they override the defaults below). */
  env?: NodeJS.ProcessEnv;
}

/** Starts `node --import tsx src/server/main.ts` and resolves once /api/health answers. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const distDir = options.distDir ?? DIST_DIR;
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: build the app first (npm run build).`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'klinik-e2e-'));
  const baseURL = `http://127.0.0.1:${port}`;
  let buffer = '';
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', join(ROOT, 'src/server/main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: distDir,
      DATA_DIR: dataDir,
      KLINIK_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    buffer = (buffer + chunk.toString('utf8')).slice(-MAX_OUTPUT);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const output = () => buffer;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5000);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseURL, child, output, 30_000);
  } catch (err) {
    await stop();
    throw err;
  }
  log(`Server ready at ${baseURL} (data in ${dataDir}).`);
  return { baseURL, dataDir, pid: child.pid, output, stop };
}
