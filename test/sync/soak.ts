/**
 * Long run of the sync simulation:
 *   npx tsx test/sync/soak.ts --seeds 20000 [--from 1000000] [--steps 40] [--trace]
 * Prints progress every 100 seeds (with --trace, each seed's last steps too). On the first
 * failing seed it prints the seed, the problems and the seed's last steps, and exits with
 * status 1. Replay one seed with `--from <seed> --seeds 1 --trace`.
 */
import 'fake-indexeddb/auto';
import { runSeed } from './sim/run';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name}: a whole number`);
  return v;
}

const seeds = arg('seeds', 20_000);
const from = arg('from', 1_000_000);
const steps = arg('steps', 40);
const showTrace = process.argv.includes('--trace');
const started = Date.now();
const totals = { pushes: 0, mutations: 0, conflicts: 0, crashes: 0, faults: 0 };
for (let seed = from; seed < from + seeds; seed++) {
  try {
    const s = await runSeed(seed, { steps });
    if (showTrace) console.log(`--- seed ${seed}\n${s.trace}`);
    totals.pushes += s.pushes;
    totals.mutations += s.mutations;
    totals.conflicts += s.conflicts;
    totals.crashes += s.crashes;
    totals.faults += s.faults;
  } catch (err) {
    console.error(
      `\nSOAK FAILED at seed ${seed} (replay: npx tsx test/sync/soak.ts --from ${seed} --seeds 1 --steps ${steps})`,
    );
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  const done = seed - from + 1;
  if (done % 100 === 0 || done === seeds) {
    const secs = (Date.now() - started) / 1000;
    console.log(
      `${done}/${seeds} seeds ok in ${secs.toFixed(0)} s (${((secs * 1000) / done).toFixed(0)} ms/seed) — ` +
        `${totals.pushes} pushes, ${totals.mutations} mutations, ${totals.conflicts} conflicts, ` +
        `${totals.crashes} crashes, ${totals.faults} faults`,
    );
  }
}
console.log(`soak passed: ${seeds} seeds from ${from}`);
