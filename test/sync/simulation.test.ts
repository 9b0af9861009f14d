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
import { createInnovation } from '../../src/db/commands/innovations';
import { setStageStatus, tickChecklistItem } from '../../src/db/commands/stages';
import { createUnit } from '../../src/db/commands/units';
import { canSetStatus, isConsistent, offersCompletion } from '../../src/domain/stage-transitions';
import { newUnitFields } from '../../src/domain/unit';
import type { SimClient } from './sim/client';
import { createWorld } from './sim/harness';
import { createRng } from './sim/prng';
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

describe('sync simulation: two devices tick the same 5D stage', () => {
  // Seeded: which items each device ticks or un-ticks, whether it accepts the "mark done" offer,
  // clock skews and the order of syncs all come from the seed, so a failure replays.
  it.each(Array.from({ length: 16 }, (_, i) => i + 1))(
    'seed %i converges with a status that fits the checklist',
    async (seed) => {
      const rng = createRng(seed);
      const w = await createWorld();
      try {
        const a = await w.device('coordinator', { skewMs: rng.range(-5, 5) * 60_000 });
        const b = await w.device('coordinator', { skewMs: rng.range(-5, 5) * 60_000 });
        const unitId = await createUnit(newUnitFields({ name: 'Dinas A', kind: 'opd' }), a.db);
        const innovationId = await createInnovation({ unitId, name: 'Inovasi A' }, a.db);
        await w.syncAll(1);
        const stageOf = async (c: SimClient) => {
          const row = await c.db.stageProgress
            .where('[innovationId+stage]')
            .equals([innovationId, 'drumUp'])
            .first();
          if (!row) throw new Error('no drum up stage');
          return row;
        };
        for (let round = 0; round < 8; round++) {
          for (const c of [a, b]) {
            const stage = await stageOf(c);
            for (let k = rng.range(1, 2); k > 0; k--) {
              const item = rng.pick((await stageOf(c)).checklist);
              await tickChecklistItem(stage.id, item.id, rng.chance(0.6), c.db);
            }
            const now = await stageOf(c);
            if (offersCompletion(now) && rng.chance(0.5)) await setStageStatus(now.id, 'done', c.db);
            // Nothing ticked here: the person may set the stage back to "not started" while the
            // other device ticks it (the case where status and checklist must win together).
            else if (canSetStatus(now, 'notStarted') && rng.chance(0.6))
              await setStageStatus(now.id, 'notStarted', c.db);
          }
          // Sometimes one device syncs mid-way: the other's edits stay concurrent with it.
          if (rng.chance(0.4)) await w.syncAll(1);
          else if (rng.chance(0.5)) await rng.pick([a, b]).syncNow();
        }
        await w.syncAll(3);
        expect(await w.problems()).toEqual([]);
        const [sa, sb] = [await stageOf(a), await stageOf(b)];
        expect(sb).toEqual(sa);
        expect(isConsistent(sa)).toBe(true);
      } finally {
        await w.close();
      }
    },
  );
});
