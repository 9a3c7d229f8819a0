import type { EncodablePackage, EncodableResolve } from './encode.js';
import { ResolveLookup } from './resolve_lookup.js';
import type { PackageId } from '../package_id.js';
import { SourceId } from '../source_id.js';

/** A node of Cargo's `Resolve` graph, as read from Cargo.lock. */
export interface LockedPackage {
  /** Position in `Resolve.list`: the package's id in feature resolution and the check. */
  index: number;
  id: PackageId;
  sourceId?: SourceId;
  checksum?: string;
  /** Edges to other locked packages (lockfile `dependencies`). */
  deps: LockedPackage[];
  /** Per entry of `encodable.dependencies`: its package, or undefined where cargo skips it. */
  edges: (LockedPackage | undefined)[];
  /** Line of the `[[package]]` header in Cargo.lock. */
  line: number;
  encodable: EncodablePackage;
}

/** Cargo's `Resolve`: the locked dependency graph. */
export class Resolve {
  /** In Cargo.lock order; `list[p.index] === p`. */
  readonly list: LockedPackage[] = [];
  private readonly lookup: ResolveLookup;

  private constructor(readonly encodable: EncodableResolve) {
    this.lookup = new ResolveLookup(encodable);
  }

  /**
   * As cargo's `into_resolve`: a source-less package that is not one of the
   * workspace's path packages is dropped ("path dependency now missing"),
   * and edges that name no package are skipped.
   */
  static fromEncodable(all: EncodableResolve, pathPackageNames?: Set<string>): Resolve {
    const enc = pathPackageNames
      ? { ...all, packages: all.packages.filter((p) => p.source !== undefined || pathPackageNames.has(p.name)) }
      : all;
    const r = new Resolve(enc);
    const list = r.list;
    for (const p of enc.packages) {
      list.push({
        index: list.length,
        id: { name: p.name, version: p.version, source: p.source },
        sourceId: p.source ? r.lookup.source(p.source, p.line).id : undefined,
        checksum: p.checksum,
        deps: [],
        edges: [],
        line: p.line,
        encodable: p,
      });
    }
    for (const node of list) {
      node.edges = node.encodable.dependencies.map((d) => {
        const at = r.lookup.tryFindIndex(d);
        return at < 0 ? undefined : list[at];
      });
      node.deps = node.edges.filter((e): e is LockedPackage => e !== undefined);
    }
    return r;
  }

  get file(): string {
    return this.encodable.file;
  }

  byName(name: string): LockedPackage[] {
    return this.lookup.indicesOf(name).map((i) => this.list[i]);
  }

  /** The path package (no source) of this name and version. */
  local(name: string, version?: string): LockedPackage | undefined {
    for (const i of this.lookup.indicesOf(name)) {
      const p = this.list[i];
      if (!p.id.source && (version === undefined || p.id.version === version)) return p;
    }
    return undefined;
  }
}
