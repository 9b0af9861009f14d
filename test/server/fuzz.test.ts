// @vitest-environment node
/**
 * 1,000 hostile requests against the real server (test/server/fuzz/run.ts says what is checked).
 * A failure prints fast-check's seed and the shrunk request: replay it with
 * `runFuzz(1, <seed>)` or `npm run soak -- --fuzz <n> --fuzz-seed <seed>`.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz/run';

describe('server fuzz', () => {
  it('1,000 hostile push, pull, login and account requests: no 5xx, refusals change nothing', async () => {
    const report = await runFuzz(1000);
    console.log(
      `fuzz: ${report.cases} cases, ${report.applied} accepted, statuses ${JSON.stringify(report.byStatus)}`,
    );
    expect(report.cases).toBeGreaterThanOrEqual(1000);
    // The generators must reach past the parsers: some requests are accepted, most refused.
    expect(report.applied).toBeGreaterThan(0);
    expect(report.byStatus['400'] ?? 0).toBeGreaterThan(0);
  }, 300_000);
});
