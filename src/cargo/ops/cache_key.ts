import { createHash } from 'node:crypto';
import type { LayoutPlan } from './layout_plan.js';

export const DEFAULT_KEY_PREFIX = 'v1-crate-cache';

/**
 * Why the cache service would refuse `value` as part of a key (it rejects
 * commas and keys over 512 characters), or undefined when it is fine.
 * `max` leaves room for the rest of the key: the prefix gets 400 of the 512.
 */
export function keyPartProblem(value: string, max = 400): string | undefined {
  if (value.length >= 1 && value.length <= max && /^[\x20-\x7e]*$/.test(value) && !value.includes(',')) return undefined;
  return `must be 1 to ${max} printable ASCII characters without commas or newlines (got \`${value}\`)`;
}

export interface CacheKey {
  key: string;
  restoreKeys: string[];
  hash: string;
  /** The lines hashed, so a user can see why two keys differ. */
  parts: string[];
}

/**
 * `<prefix>-<os>-<hash>`. The hash covers what decides the bytes in
 * CARGO_HOME: each locked registry and git package (name, version, source,
 * checksum) and the registry directory names. Member versions, env vars and
 * the toolchain do not change dependency sources, so they stay out.
 */
export function cacheKey(plans: LayoutPlan[], os: string, prefix = DEFAULT_KEY_PREFIX): CacheKey {
  const parts = new Set<string>();
  for (const plan of plans) {
    for (const r of plan.registries) parts.add(`index ${r.dir}`);
    for (const p of plan.packages) parts.add(`package ${p.name} ${p.version} ${p.source} ${p.checksum ?? '-'}`);
  }
  const sorted = [...parts].sort();
  const hash = createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 32);
  const base = `${prefix}-${os}-`;
  return { key: `${base}${hash}`, restoreKeys: [base], hash, parts: sorted };
}

/** The runner's OS name (`RUNNER_OS`) for a Node platform. */
export function runnerOs(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
}
