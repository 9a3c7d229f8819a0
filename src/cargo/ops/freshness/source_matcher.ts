import type { Dependency, DependencySource } from '../../core/dependency.js';
import type { LockedPackage } from '../../core/resolver/resolve.js';
import { CRATES_IO_INDEX, SourceId } from '../../core/source_id.js';
import type { SummaryDependency } from '../../core/summary.js';
import { canonicalUrl } from '../../core/canonical_url.js';
import { CargoError } from '../../util/errors.js';
import { parseVersion, VersionReq, type Version } from '../../util/version_req.js';

/** A local (path) package as the workspace knows it. */
export interface LocalPackage {
  name: string;
  version: string;
  dir: string;
}

export interface RegistryNames {
  registryIndex(name: string): string | undefined;
}

interface PatchTarget {
  dep: Dependency;
  version?: string;
  accepts(p: LockedPackage): boolean;
}

type AnyDep = SummaryDependency & { source?: DependencySource; location?: Dependency['location'] };

const CRATES_IO_CANONICAL = canonicalUrl(CRATES_IO_INDEX);
const CRATES_IO_SOURCE = { key: 'crates-io', canonical: CRATES_IO_CANONICAL };

/** Identity of a locked package's source, with crates.io's two spellings unified. */
export function lockedSourceKey(p: LockedPackage): string {
  if (!p.sourceId) return 'path';
  return p.sourceId.isCratesIo() ? 'crates-io' : p.sourceId.key();
}

/**
 * Decides whether a locked package can be what a dependency declaration
 * resolved to: same name, requirement satisfied, same source (or the
 * `[patch]` that cargo would use instead).
 */
export class SourceMatcher {
  private readonly versions = new Map<string, Version>();
  private readonly patches = new Map<string, Map<string, PatchTarget[]>>();
  // Keyed by object: every declaration and locked package asks again for each candidate.
  private readonly wanted = new WeakMap<DependencySource | SourceId, { key: string; canonical: string }>();

  constructor(
    private readonly locals: Map<string, LocalPackage>,
    private readonly registries: RegistryNames,
    patch: Record<string, Dependency[]>,
    /**
     * Requirements parsed so far, by their text, shared with whatever else
     * in the check parses them. With the version strings below, each is
     * parsed once per check: a large graph repeats the same few thousands of
     * times.
     */
    private readonly reqs = new Map<string, VersionReq>(),
  ) {
    for (const [key, deps] of Object.entries(patch)) {
      const canon = this.patchKeyCanonical(key, deps[0]);
      const byName = new Map<string, PatchTarget[]>();
      for (const d of deps) {
        const t = this.patchTarget(d);
        const list = byName.get(d.packageName);
        if (list) list.push(t);
        else byName.set(d.packageName, [t]);
      }
      this.patches.set(canon, byName);
    }
  }

  patchTargets(): PatchTarget[] {
    return [...this.patches.values()].flatMap((m) => [...m.values()].flat());
  }

  req(s: string | undefined, dep?: AnyDep): VersionReq | undefined {
    if (s === undefined) return undefined;
    let r = this.reqs.get(s);
    // The location is a getter that scans the manifest: read it only on error.
    if (!r) this.reqs.set(s, (r = VersionReq.parse(s, () => dep?.location)));
    return r;
  }

  /** The source a declaration asks for: a key for locked packages and a canonical URL for `[patch]`. */
  sourceOf(src: DependencySource): { key: string; canonical: string } {
    let hit = this.wanted.get(src);
    if (!hit) this.wanted.set(src, (hit = this.computeSourceOf(src)));
    return hit;
  }

  private computeSourceOf(src: DependencySource): { key: string; canonical: string } {
    if (src.kind === 'path') return { key: 'path', canonical: '' };
    if (src.kind === 'git') {
      const id = SourceId.forGit(src.url, src.reference);
      return { key: id.key(), canonical: id.canonicalUrl() };
    }
    const url = src.registryIndex ?? (src.registry ? this.registryUrl(src.registry) : undefined);
    if (url === undefined) return CRATES_IO_SOURCE;
    const id = SourceId.forRegistryIndex(url);
    return id.isCratesIo() ? CRATES_IO_SOURCE : { key: id.key(), canonical: id.canonicalUrl() };
  }

  matches(req: VersionReq | undefined, version: string): boolean {
    if (req === undefined) return true;
    let v = this.versions.get(version);
    if (!v) this.versions.set(version, (v = parseVersion(version)));
    return req.matches(v);
  }

  accepts(dep: AnyDep, parent: LockedPackage, cand: LockedPackage): boolean {
    if (cand.id.name !== dep.packageName) return false;
    const req = this.req(dep.req, dep);
    if (!this.matches(req, cand.id.version)) return false;
    const src = dep.source;
    if (src?.kind === 'path') {
      const local = this.locals.get(src.path);
      return !cand.id.source && local !== undefined && local.version === cand.id.version;
    }
    const want = src ? this.sourceOf(src) : this.parentSource(parent);
    const patches = this.patches.get(want.canonical)?.get(dep.packageName);
    const usable = patches?.filter((t) => t.version === undefined || this.matches(req, t.version));
    if (usable?.length) return usable.some((t) => t.accepts(cand));
    return lockedSourceKey(cand) === want.key;
  }

  private parentSource(parent: LockedPackage): { key: string; canonical: string } {
    const id = parent.sourceId;
    if (!id || id.isCratesIo()) return CRATES_IO_SOURCE;
    let hit = this.wanted.get(id);
    if (!hit) this.wanted.set(id, (hit = { key: id.key(), canonical: id.canonicalUrl() }));
    return hit;
  }

  private registryUrl(name: string): string {
    const url = this.registries.registryIndex(name);
    if (url === undefined) {
      throw new CargoError('config', `registry \`${name}\` is not defined in any .cargo/config.toml ([registries.${name}] index)`);
    }
    return url;
  }

  private patchKeyCanonical(key: string, first: Dependency | undefined): string {
    if (key === 'crates-io') return CRATES_IO_CANONICAL;
    const named = this.registries.registryIndex(key);
    if (named !== undefined) return SourceId.forRegistryIndex(named).canonicalUrl();
    try {
      return canonicalUrl(key);
    } catch {
      throw new CargoError('manifest', `[patch] key \`${key}\` is neither a registry name nor a URL`, first?.location);
    }
  }

  private patchTarget(d: Dependency): PatchTarget {
    const src = d.source;
    if (src.kind === 'path') {
      const local = this.locals.get(src.path);
      return {
        dep: d,
        version: local?.version,
        accepts: (p) => !p.id.source && p.id.name === d.packageName && p.id.version === local?.version,
      };
    }
    const key = this.sourceOf(src).key;
    const req = this.req(d.req, d);
    return {
      dep: d,
      accepts: (p) => p.id.name === d.packageName && lockedSourceKey(p) === key && this.matches(req, p.id.version),
    };
  }
}
