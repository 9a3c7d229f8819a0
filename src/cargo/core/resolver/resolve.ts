import type { EncodablePackage, EncodableResolve } from './encode.js';
import { ResolveLookup } from './resolve_lookup.js';
import { packageIdKey, type PackageId } from '../package_id.js';
import { SourceId } from '../source_id.js';

/** A node of Cargo's `Resolve` graph, as read from Cargo.lock. */
export interface LockedPackage {
  /** Position in `Resolve.list`: dense, so per-package state can live in arrays. */
  index: number;
  id: PackageId;
  key: string;
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
  readonly packages = new Map<string, LockedPackage>();
  /** The same packages, in Cargo.lock order; `list[p.index] === p`. */
  readonly list: LockedPackage[] = [];
  private readonly named = new Map<string, LockedPackage[]>();

  private constructor(readonly encodable: EncodableResolve) {}

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
    const lookup = new ResolveLookup(enc);
    const byEnc = new Map<EncodablePackage, LockedPackage>();
    for (const p of enc.packages) {
      const id: PackageId = { name: p.name, version: p.version, source: p.source };
      const node: LockedPackage = {
        index: r.list.length,
        id,
        key: packageIdKey(id),
        sourceId: p.source ? lookup.source(p.source, p.line).id : undefined,
        checksum: p.checksum,
        deps: [],
        edges: [],
        line: p.line,
        encodable: p,
      };
      byEnc.set(p, node);
      r.packages.set(node.key, node);
      r.list.push(node);
      const list = r.named.get(p.name);
      if (list) list.push(node);
      else r.named.set(p.name, [node]);
    }
    for (const p of enc.packages) {
      const node = byEnc.get(p)!;
      for (const d of p.dependencies) {
        const target = lookup.tryFind(d);
        if (target) node.deps.push(byEnc.get(target)!);
        node.edges.push(target ? byEnc.get(target)! : undefined);
      }
    }
    return r;
  }

  get file(): string {
    return this.encodable.file;
  }

  byName(name: string): LockedPackage[] {
    return this.named.get(name) ?? [];
  }

  /** The path package (no source) of this name and version. */
  local(name: string, version?: string): LockedPackage | undefined {
    return this.byName(name).find((p) => !p.id.source && (version === undefined || p.id.version === version));
  }
}
