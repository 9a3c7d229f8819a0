/** Counts for progress lines: `fetched N/M crates, X MiB`. */
export interface FetchCounts {
  done: number;
  total: number;
  bytes: number;
}

export function mib(bytes: number): string {
  return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
}

/**
 * Reports progress about every `intervalMs` on long fetches (nothing at all
 * on short ones) and always a final line with counts, bytes and time.
 */
export class FetchProgress {
  private readonly t0 = performance.now();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly counts: FetchCounts,
    private readonly log: (line: string) => void,
    intervalMs = 2000,
  ) {
    if (counts.total > 0) {
      this.timer = setInterval(() => this.log(this.line()), intervalMs);
      this.timer.unref();
    }
  }

  line(): string {
    return `fetched ${this.counts.done}/${this.counts.total} crates, ${mib(this.counts.bytes)}`;
  }

  finish(extra = ''): string {
    if (this.timer) clearInterval(this.timer);
    const s = ((performance.now() - this.t0) / 1000).toFixed(1);
    const line = `${this.line()} in ${s} s${extra}`;
    this.log(line);
    return line;
  }
}
