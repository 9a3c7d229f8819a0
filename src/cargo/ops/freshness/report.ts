import { formatLocation, type Location } from '../../util/errors.js';

export type Verdict = 'fresh' | 'stale' | 'undecided';

/** One reason `cargo metadata --locked` would (or might) refuse Cargo.lock. */
export interface FreshnessReason {
  verdict: 'stale' | 'undecided';
  /** Stable identifier, e.g. `dependency-unlocked`. */
  code: string;
  location: Location;
  message: string;
}

export interface FreshnessReport {
  verdict: Verdict;
  lockfile: string;
  reasons: FreshnessReason[];
}

export function verdictOf(reasons: FreshnessReason[]): Verdict {
  if (reasons.some((r) => r.verdict === 'stale')) return 'stale';
  return reasons.length ? 'undecided' : 'fresh';
}

export function formatReason(r: FreshnessReason): string {
  const loc = { ...r.location, line: r.location.line ?? 1, col: r.location.col ?? 1 };
  return `${formatLocation(loc)}: ${r.verdict === 'undecided' ? 'undecided: ' : ''}${r.message}`;
}
