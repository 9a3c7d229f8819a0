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
    out.push(path.join(cargoHome, 'registry', 'index', dir, '.cache'));
    out.push(path.join(cargoHome, 'registry', 'index', dir, 'config.json'));
    out.push(path.join(cargoHome, 'registry', 'cache', dir));
  }
  if (plans.some((p) => p.packages.some((x) => x.layout.kind === 'git'))) out.push(path.join(cargoHome, 'git', 'db'));
  if (cacheBin) {
    out.push(path.join(cargoHome, 'bin'), path.join(cargoHome, '.crates.toml'), path.join(cargoHome, '.crates2.json'));
  }
  return out;
}
