// Hand-built layout plans for unit tests of what consumes a LayoutPlan
// (gc, crate verification, cache paths), without a workspace or cargo.
import path from 'node:path';
import { SourceId } from '../src/cargo/core/source_id.js';
import type { LayoutPlan, PlannedPackage } from '../src/cargo/ops/layout_plan.js';
import { makeDepPath } from '../src/cargo/sources/registry/index_path.js';

export const DIR = 'example.com-0123456789abcdef';
export const OTHER = 'other.org-fedcba9876543210';

/** A package of the sparse registry whose directory is `dir`, laid out as cargo does. */
export function registryPackage(name: string, version: string, opts: { dir?: string; checksum?: string } = {}): PlannedPackage {
  const dir = opts.dir ?? DIR;
  const url = `sparse+https://${dir.split('-')[0]}/index/`;
  return {
    name,
    version,
    source: url,
    checksum: opts.checksum,
    layout: {
      kind: 'registry',
      source: SourceId.forRegistryIndex(url),
      dir,
      index: `registry/index/${dir}/.cache/${makeDepPath(name.toLowerCase())}`,
      crate: `registry/cache/${dir}/${name}-${version}.crate`,
      src: `registry/src/${dir}/${name}-${version}`,
    },
  };
}

export function gitPackage(name: string, ident: string): PlannedPackage {
  return {
    name,
    version: '0.1.0',
    source: `git+https://example.com/${name}#0123456789abcdef0123456789abcdef01234567`,
    layout: { kind: 'git', ident, db: `git/db/${ident}`, checkout: `git/checkouts/${ident}/0123456` },
  };
}

/** A plan over `packages`, one registry entry per registry directory they use. */
export function plan(cargoHome: string, packages: PlannedPackage[]): LayoutPlan {
  const registries = new Map<string, { lockedSource: string; source: string; dir: string; packages: number }>();
  for (const p of packages) {
    if (p.layout.kind !== 'registry') continue;
    const r = registries.get(p.layout.dir) ?? { lockedSource: p.source, source: p.source, dir: p.layout.dir, packages: 0 };
    r.packages++;
    registries.set(p.layout.dir, r);
  }
  return { cargoHome, cargoVersion: '1.95', lockfile: path.join(cargoHome, 'Cargo.lock'), registries: [...registries.values()], packages, vendored: [] };
}
