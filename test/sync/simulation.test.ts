/**
 * The seeded sync simulation (see sim/run.ts): 1,000 seeds, each several devices editing
 * through the real write path while the network drops, duplicates and reorders requests,
 * devices crash and go offline and clocks are skewed; then every invariant of SYNC.md "How we
 * prove it" is checked. A failure names the seed and prints its last steps; replay it with
 * `npx tsx test/sync/soak.ts --from <seed> --seeds 1 --steps 30 --trace`.
 *
 * Vitest runs test files one at a time on a 2-core machine, so the seeds run in two shards:
 * the lower half here, the upper half at the same time in a child process running the soak
 * script (the same code under plain Node + tsx). SIM_SEEDS=<n> changes the number of seeds,
 * SIM_SHARDS=1 keeps everything in this process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runSeed } from './sim/run';

const SEEDS = Number(process.env.SIM_SEEDS ?? 1000);
const SHARDS = Number(process.env.SIM_SHARDS ?? 2);
const STEPS = 30;

interface Shard {
  child: ChildProcess;
  done: Promise<{ code: number | null; output: string }>;
  failed: boolean;
}

function startShard(from: number, seeds: number): Shard {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/sync/soak.ts',
      '--from',
      String(from),
      '--seeds',
      String(seeds),
      '--steps',
      String(STEPS),
    ],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const shard: Shard = {
    child,
    failed: false,
    done: new Promise((resolve) => {
      child.on('close', (code) => {
        shard.failed = code !== 0;
        resolve({ code, output });
      });
    }),
  };
  return shard;
}

let shard: Shard | null = null;
afterEach(() => {
  if (shard && shard.child.exitCode === null) shard.child.kill();
  shard = null;
});

describe('sync simulation', () => {
  it(`${SEEDS} seeds converge, and no acknowledged write is lost`, async () => {
    const here = SHARDS > 1 ? Math.ceil(SEEDS / 2) : SEEDS;
    if (here < SEEDS) shard = startShard(here + 1, SEEDS - here);
    let mutations = 0;
    for (let seed = 1; seed <= here && !shard?.failed; seed++) {
      mutations += (await runSeed(seed, { steps: STEPS })).mutations;
    }
    if (shard) {
      const { code, output } = await shard.done;
      if (code !== 0) throw new Error(`seeds ${here + 1}–${SEEDS} (child process):\n${output.slice(-8000)}`);
      expect(output).toContain(`soak passed: ${SEEDS - here} seeds`);
    }
    expect(mutations).toBeGreaterThan(here);
  }, 600_000);

  it('replays a seed exactly', async () => {
    const a = await runSeed(4242, { steps: STEPS });
    const b = await runSeed(4242, { steps: STEPS });
    expect(b).toEqual(a);
  });
});
