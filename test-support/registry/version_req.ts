// The fixture uses the core's Cargo version requirements, so the registry
// and crate-cache agree with cargo on what matches.
import { comparePrerelease, parseVersion, VersionReq } from '../../src/cargo/util/version_req.js';

/** The requirement as cargo publishes it in an index line (`1.0` → `^1.0`). */
export function normalizeReq(req: string): string {
  return VersionReq.parse(req).toString();
}

export function matchesReq(version: string, req: string): boolean {
  return VersionReq.parse(req).matches(version);
}

/** Highest of `versions` matching `req`, or undefined. */
export function maxSatisfying(versions: string[], req: string): string | undefined {
  const r = VersionReq.parse(req);
  const ok = versions.filter((v) => r.matches(v));
  ok.sort((a, b) => compare(parseVersion(a), parseVersion(b)));
  return ok.at(-1);
}

function compare(a: ReturnType<typeof parseVersion>, b: ReturnType<typeof parseVersion>): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return comparePrerelease(a.pre, b.pre);
}
