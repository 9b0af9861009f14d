/** Small statistics and the table the benchmarks print. */

export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** One line of the results table. `baseline` is measured in the same run; `goal` is the issue's. */
export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  goal?: { text: string; met: boolean };
  note?: string;
}

function fmt(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

export function ratio(line: BenchLine): string {
  return line.baseline && line.baseline.value > 0 ? `${(line.value / line.baseline.value).toFixed(2)}×` : '';
}

/** A Markdown table (readable in a terminal, pasteable into RESULTS.md). */
export function formatTable(lines: readonly BenchLine[]): string {
  const rows = lines.map((l) => [
    l.name,
    fmt(l.value, l.unit),
    l.baseline ? `${fmt(l.baseline.value, l.unit)} (${l.baseline.name})` : '',
    ratio(l),
    l.goal ? `${l.goal.met ? 'ok' : 'MISSED'}: ${l.goal.text}` : '',
    l.note ?? '',
  ]);
  const head = ['measure', 'value', 'baseline (same run)', 'ratio', 'goal', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
