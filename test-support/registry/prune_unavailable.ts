// Cargo's resolver looks at every non-dev dependency for every target, so a
// dependency on a crate the fixture lacks must be dropped (when cargo would
// not need it on this host) or must take its dependent out of the registry.
import type { CrateSource, ManifestDependency } from './crate_source.js';
import { appliesToHost } from './platform_cfg.js';
import { maxSatisfying } from './version_req.js';

export interface PrunedCrate {
  source: CrateSource;
  deps: ManifestDependency[];
  features: Record<string, string[]>;
}

export interface PruneResult {
  crates: PrunedCrate[];
  /** One line per crate version left out, saying why. */
  notes: string[];
}

const key = (s: CrateSource): string => `${s.name}@${s.version}`;

function versionIndex(sources: CrateSource[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const s of sources) m.set(s.name, [...(m.get(s.name) ?? []), s.version]);
  return m;
}

function isAvailable(d: ManifestDependency, versions: Map<string, string[]>): boolean {
  return maxSatisfying(versions.get(d.package) ?? [], d.req) !== undefined;
}

/** Feature values that still make sense once `gone` (TOML dep names) are dropped. */
function pruneFeatures(features: Record<string, string[]>, gone: Set<string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(features)) {
    out[name] = values.filter((v) => {
      if (v.startsWith('dep:')) return !gone.has(v.slice(4));
      const slash = v.indexOf('/');
      if (slash >= 0) return !gone.has(v.slice(0, slash).replace(/\?$/, ''));
      return !(gone.has(v) && !(v in features));
    });
  }
  return out;
}

export function pruneUnavailable(sources: CrateSource[]): PruneResult {
  const kept = new Map(sources.map((s) => [key(s), s]));
  const notes: string[] = [];
  // Leaving a version out can strand its dependents, so repeat to a fixpoint.
  for (let changed = true; changed; ) {
    changed = false;
    const versions = versionIndex([...kept.values()]);
    for (const [k, s] of kept) {
      const missing = s.deps.find(
        (d) => d.kind !== 'dev' && !d.optional && appliesToHost(d.target) && !isAvailable(d, versions),
      );
      if (missing) {
        kept.delete(k);
        notes.push(`left out ${k}: needs ${missing.package} ${missing.req}, which the fixture lacks`);
        changed = true;
      }
    }
  }
  const versions = versionIndex([...kept.values()]);
  const crates = [...kept.values()].map((s) => {
    const deps = s.deps.filter((d) => isAvailable(d, versions));
    const keptNames = new Set(deps.map((d) => d.name));
    const gone = new Set(s.deps.filter((d) => !keptNames.has(d.name)).map((d) => d.name));
    return { source: s, deps, features: pruneFeatures(s.features, gone) };
  });
  return { crates, notes };
}
