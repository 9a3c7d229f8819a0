// One line of a registry index file, in the shape crates.io writes it.
import type { CrateSource, ManifestDependency } from './crate_source.js';
import { normalizeReq } from './version_req.js';

export interface IndexDependency {
  /** The name used in the dependent's TOML (the rename, if renamed). */
  name: string;
  req: string;
  features: string[];
  optional: boolean;
  default_features: boolean;
  target: string | null;
  kind: 'normal' | 'dev' | 'build';
  /** The real crate name, present only when renamed. */
  package?: string;
}

export interface IndexEntry {
  name: string;
  vers: string;
  deps: IndexDependency[];
  cksum: string;
  features: Record<string, string[]>;
  yanked: boolean;
  links?: string;
  v?: 2;
  features2?: Record<string, string[]>;
  rust_version?: string;
}

export function toIndexDependency(d: ManifestDependency): IndexDependency {
  const out: IndexDependency = {
    name: d.name,
    req: normalizeReq(d.req),
    features: [...d.features],
    optional: d.optional,
    default_features: d.defaultFeatures,
    target: d.target,
    kind: d.kind,
  };
  if (d.package !== d.name) out.package = d.package;
  return out;
}

// Values using `dep:` or `?/` need a cargo that understands index v2, so
// crates.io keeps them out of `features` where older cargo would choke.
function usesV2Syntax(values: string[]): boolean {
  return values.some((v) => v.startsWith('dep:') || v.includes('?/'));
}

/**
 * The index line for `src`; `deps` and `features` default to the manifest's
 * but may be pruned (see prune_unavailable.ts).
 */
export function toIndexEntry(
  src: CrateSource,
  cksum: string,
  deps: ManifestDependency[] = src.deps,
  features: Record<string, string[]> = src.features,
): IndexEntry {
  const plain: Record<string, string[]> = {};
  const v2: Record<string, string[]> = {};
  for (const name of Object.keys(features).sort()) {
    (usesV2Syntax(features[name]) ? v2 : plain)[name] = [...features[name]];
  }
  const entry: IndexEntry = {
    name: src.name,
    vers: src.version,
    deps: deps.map(toIndexDependency),
    cksum,
    features: plain,
    yanked: false,
  };
  if (src.links !== undefined) entry.links = src.links;
  if (Object.keys(v2).length > 0) {
    entry.v = 2;
    entry.features2 = v2;
  }
  if (src.rustVersion !== undefined) entry.rust_version = src.rustVersion;
  return entry;
}

/** The line as written to the index file (no trailing newline). */
export function formatIndexLine(entry: IndexEntry): string {
  return JSON.stringify(entry);
}
