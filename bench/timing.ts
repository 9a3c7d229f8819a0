// Small timing helpers: wall-clock samples in milliseconds and their median.

export function nowNs(): bigint {
  return process.hrtime.bigint();
}

export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Samples per named phase, in the order phases were first recorded. */
export class PhaseTimes {
  readonly samples = new Map<string, number[]>();

  add(phase: string, ms: number): void {
    const xs = this.samples.get(phase) ?? [];
    xs.push(ms);
    this.samples.set(phase, xs);
  }

  median(phase: string): number {
    return median(this.samples.get(phase) ?? []);
  }

  min(phase: string): number {
    return Math.min(...(this.samples.get(phase) ?? [NaN]));
  }

  max(phase: string): number {
    return Math.max(...(this.samples.get(phase) ?? [NaN]));
  }
}
