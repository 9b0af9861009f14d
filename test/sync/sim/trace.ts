/** A short, readable log of what a seed did: the tail is printed when the seed fails. */
export class Trace {
  private readonly lines: string[] = [];
  private readonly aliases = new Map<string, string>();
  constructor(
    private readonly now: () => number,
    private readonly epoch = 0,
    private readonly keep = 120,
  ) {}

  /** A record id as `#n`, numbered by first appearance. */
  id(id: string): string {
    const known = this.aliases.get(id);
    if (known) return known;
    const alias = `#${this.aliases.size + 1}`;
    this.aliases.set(id, alias);
    return alias;
  }

  log(line: string): void {
    const t = ((this.now() - this.epoch) / 1000).toFixed(1).padStart(7);
    this.lines.push(`${t}s ${line}`);
    if (this.lines.length > this.keep * 2) this.lines.splice(0, this.lines.length - this.keep);
  }

  tail(n = this.keep): string {
    return this.lines.slice(-n).join('\n');
  }
}

export class SimFailure extends Error {
  constructor(
    readonly seed: number,
    readonly steps: number,
    readonly problems: string[],
    readonly trace: string,
  ) {
    super(
      `seed ${seed} failed (replay: npx tsx test/sync/soak.ts --from ${seed} --seeds 1 --steps ${steps} --trace):\n  ` +
        `${problems.slice(0, 12).join('\n  ')}\n--- last steps of seed ${seed} ---\n${trace}`,
    );
    this.name = 'SimFailure';
  }
}
