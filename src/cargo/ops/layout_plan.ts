import * as fs from 'node:fs';
import { decodeLockfile } from '../core/resolver/encode.js';
import { Resolve, type LockedPackage } from '../core/resolver/resolve.js';
import type { Workspace } from '../core/workspace.js';
import type { CargoHomeLayout, GitLayout, RegistryLayout } from '../sources/cargo_home_layout.js';
import { CargoError } from '../util/errors.js';
import { MAX_LOCKFILE_BYTES, readText } from '../util/paths.js';

export interface PlannedRegistry {
  /** As Cargo.lock names it. */
  lockedSource: string;
  /** What cargo talks to after `[source]` replacement. */
  source: string;
  dir: string;
  packages: number;
}

export interface PlannedPackage {
  name: string;
  version: string;
  source: string;
  checksum?: string;
  layout: RegistryLayout | GitLayout;
}

/** The exact CARGO_HOME entries cargo uses for a workspace's lockfile. */
export interface LayoutPlan {
  cargoHome: string;
  cargoVersion: string;
  lockfile: string;
  registries: PlannedRegistry[];
  packages: PlannedPackage[];
  /** Locked packages from vendored sources, which live outside CARGO_HOME. */
  vendored: string[];
}

export function readResolve(ws: Workspace): Resolve {
  const file = ws.lockfilePath;
  if (!fs.existsSync(file)) {
    throw new CargoError('lockfile', 'Cargo.lock does not exist; run `cargo generate-lockfile` first', { file });
  }
  const text = readText(file, 'lockfile', MAX_LOCKFILE_BYTES, 'Cargo.lock');
  return Resolve.fromEncodable(decodeLockfile(text, file), new Set(ws.pathPackages.map((p) => p.name)));
}

export function planLayout(ws: Workspace, layout: CargoHomeLayout, resolve = readResolve(ws)): LayoutPlan {
  const registries = new Map<string, PlannedRegistry>();
  const packages: PlannedPackage[] = [];
  const vendored: string[] = [];
  for (const p of sorted(resolve.list)) {
    let l;
    try {
      l = layout.of(p.id, p.sourceId);
    } catch (e) {
      if (e instanceof CargoError && !e.location) throw new CargoError(e.kind, e.message, { file: resolve.file, line: p.line });
      throw e;
    }
    if (!l) continue;
    if (l.kind === 'vendored') {
      vendored.push(`${p.id.name} ${p.id.version}`);
      continue;
    }
    packages.push({ name: p.id.name, version: p.id.version, source: p.id.source!, checksum: p.checksum, layout: l });
    if (l.kind === 'registry') {
      const r = registries.get(l.dir) ?? { lockedSource: p.id.source!, source: l.source.toLockfileString(), dir: l.dir, packages: 0 };
      r.packages++;
      registries.set(l.dir, r);
    }
  }
  const v = layout.cargoVersion;
  return {
    cargoHome: layout.cargoHome,
    cargoVersion: `${v.major}.${v.minor}`,
    lockfile: ws.lockfilePath,
    registries: [...registries.values()],
    packages,
    vendored,
  };
}

/** By name, version, then source (path packages first): stable across lockfile edits that only reorder. */
function sorted(ps: readonly LockedPackage[]): LockedPackage[] {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...ps].sort((a, b) => cmp(a.id.name, b.id.name) || cmp(a.id.version, b.id.version) || cmp(a.id.source ?? '', b.id.source ?? ''));
}
