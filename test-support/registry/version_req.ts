// Cargo's version requirements, translated to the npm `semver` dialect.
// The two differ in one place that matters: a bare `1.2.3` is a caret
// requirement in Cargo but an exact one in npm.
import semver from 'semver';

function comparators(req: string): string[] {
  return req
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** The requirement as crates.io stores it in an index line (`1.0` → `^1.0`). */
export function normalizeReq(req: string): string {
  const parts = comparators(req).map((c) => (/^[0-9]/.test(c) ? `^${c}` : c.replace(/^(>=|<=|>|<|=|~|\^)\s+/, '$1')));
  return parts.length === 0 ? '*' : parts.join(', ');
}

function toNpmRange(req: string): string {
  return comparators(normalizeReq(req)).join(' ');
}

export function matchesReq(version: string, req: string): boolean {
  return semver.satisfies(version, toNpmRange(req));
}

/** Highest of `versions` matching `req`, or undefined. */
export function maxSatisfying(versions: string[], req: string): string | undefined {
  return semver.maxSatisfying(versions, toNpmRange(req)) ?? undefined;
}
