/** Latency samples and their percentiles (nearest rank over the sorted samples, no sketching). */

export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** A growable list of millisecond samples (typed array: 36,000 samples cost 288 KB, no objects). */
export class Samples {
  private values = new Float64Array(4096);
  private size = 0;

  add(ms: number): void {
    if (this.size === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.size++] = ms;
  }

  get count(): number {
    return this.size;
  }

  percentiles(): Percentiles {
    const sorted = this.values.slice(0, this.size).sort();
    const at = (q: number) =>
      this.size ? (sorted[Math.min(this.size - 1, Math.ceil(q * this.size) - 1)] ?? 0) : 0;
    let sum = 0;
    for (const v of sorted) sum += v;
    return {
      p50: at(0.5),
      p90: at(0.9),
      p99: at(0.99),
      max: this.size ? (sorted[this.size - 1] ?? 0) : 0,
      mean: this.size ? sum / this.size : 0,
    };
  }
}

/** Counts by key (error kinds, status codes). */
export class Tally {
  readonly counts: Record<string, number> = {};

  add(key: string, n = 1): void {
    this.counts[key] = (this.counts[key] ?? 0) + n;
  }

  total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }
}
