import * as path from 'node:path';
import { sizeOf } from '../cargo/core/gc.js';
import type { LayoutPlan } from '../cargo/ops/layout_plan.js';

/**
 * What the cache entry holds: per planned registry, the index cache and
 * `config.json` and the downloaded `.crate` files; the git databases; and
 * `bin` only when asked. Never CARGO_HOME itself, so credentials and config
 * cannot end up in an archive. The list depends only on the registry
 * directories, so a lockfile bump still finds older entries by prefix.
 */
export function cachePaths(cargoHome: string, plans: LayoutPlan[], cacheBin: boolean): string[] {
  const dirs = [...new Set(plans.flatMap((p) => p.registries.map((r) => r.dir)))].sort();
  const out: string[] = [];
  for (const dir of dirs) {
    // Files, not directories: every tar entry costs headers, and the index
    // cache is many small files at depth 2 (`1/a`, `2/ab`) or 3 (`3/a/abc`, `ab/cd/abcd`).
    const index = path.join(cargoHome, 'registry', 'index', dir);
    out.push(path.join(index, 'config.json'));
    out.push(path.join(index, '.cache', '1', '*'), path.join(index, '.cache', '2', '*'), path.join(index, '.cache', '*', '*', '*'));
    out.push(path.join(cargoHome, 'registry', 'cache', dir, '*.crate'));
  }
  if (plans.some((p) => p.packages.some((x) => x.layout.kind === 'git'))) out.push(path.join(cargoHome, 'git', 'db'));
  if (cacheBin) {
    out.push(path.join(cargoHome, 'bin'), path.join(cargoHome, '.crates.toml'), path.join(cargoHome, '.crates2.json'));
  }
  return out;
}

/**
 * Bytes of what `cachePaths` will archive once CARGO_HOME is pruned to the
 * plans: the planned files that exist, the git databases, and `bin` when
 * asked. (The paths themselves are globs, so they cannot be measured.)
 */
export function cachedBytes(cargoHome: string, plans: LayoutPlan[], cacheBin: boolean): number {
  const rels = new Set<string>();
  for (const plan of plans) {
    for (const r of plan.registries) rels.add(`registry/index/${r.dir}/config.json`);
    for (const p of plan.packages) {
      if (p.layout.kind === 'registry') (rels.add(p.layout.crate), rels.add(p.layout.index));
      else rels.add(p.layout.db);
    }
  }
  if (cacheBin) ['bin', '.crates.toml', '.crates2.json'].forEach((r) => rels.add(r));
  let bytes = 0;
  for (const rel of rels) bytes += sizeOf(path.join(cargoHome, ...rel.split('/')));
  return bytes;
}
