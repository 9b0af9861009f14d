/**
 * Finds Debian's Chromium for the browser tests, installing it when this process may (root, as
 * in CI). Playwright's own browser download is never used: this network reaches only the
 * package registries, and a fresh machine has no browser at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Chromium plus fonts with Latin glyphs, so screenshots show readable text, not boxes. */
const APT_PACKAGES = ['chromium', 'fonts-liberation', 'fonts-dejavu-core'];

function log(line: string): void {
  console.log(`[e2e] ${line}`);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed with exit code ${result.status ?? result.signal}`,
    );
  }
}

function version(path: string): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function findOrInstall(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    log(`CHROMIUM_PATH=${fromEnv} does not exist; falling back to ${DEBIAN_CHROMIUM}.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;

  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is not installed (${DEBIAN_CHROMIUM} is missing). Install it with ` +
        `\`sudo apt-get install chromium fonts-liberation\`, or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  log(`Chromium not found: installing Debian packages ${APT_PACKAGES.join(' ')} (apt-get, ~1 min)…`);
  const started = Date.now();
  run('apt-get', ['-q', 'update']);
  run('apt-get', ['-q', 'install', '-y', '--no-install-recommends', ...APT_PACKAGES]);
  if (!existsSync(DEBIAN_CHROMIUM)) {
    throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is still missing.`);
  }
  log(`Installed ${version(DEBIAN_CHROMIUM)} in ${Math.round((Date.now() - started) / 1000)} s.`);
  return DEBIAN_CHROMIUM;
}

/**
 * Returns the path of a working Chromium: CHROMIUM_PATH, else /usr/bin/chromium (installed with
 * apt-get when running as root). Runs `--version` so a broken binary fails here, not mid-test.
 */
export function ensureChromium(): string {
  const path = findOrInstall();
  try {
    log(`Using ${version(path)} (${path}).`);
  } catch (err) {
    throw new Error(`${path} --version failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return path;
}
