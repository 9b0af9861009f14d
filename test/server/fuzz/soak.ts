/**
 * The long server fuzz (`npm run soak` runs it before the sync soak):
 *   npx tsx test/server/fuzz/soak.ts [--cases 100000] [--seed <n>]
 * Prints progress every 10,000 cases; on the first failure prints fast-check's seed and the
 * shrunk request and exits with status 1.
 */
import { runFuzz } from './run';

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v)) throw new Error(`--${name}: a whole number`);
  return v;
}

const cases = arg('cases') ?? 100_000;
const started = Date.now();
try {
  const report = await runFuzz(cases, arg('seed'), (r) => {
    if (r.cases % 10_000 === 0) {
      const secs = (Date.now() - started) / 1000;
      console.log(
        `${r.cases}/${cases} cases in ${secs.toFixed(0)} s — statuses ${JSON.stringify(r.byStatus)}`,
      );
    }
  });
  console.log(
    `fuzz passed: ${report.cases} cases, ${report.applied} accepted, statuses ${JSON.stringify(report.byStatus)}`,
  );
} catch (err) {
  console.error(`\nFUZZ FAILED: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
