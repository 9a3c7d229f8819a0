import * as path from 'node:path';
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
