import { CargoError } from '../../util/errors.js';
import type { EncodableDependency, EncodablePackage, EncodableResolve } from './encode.js';
import { parseEncodableSourceId, sameSource, type EncodableSourceId } from './encodable_source_id.js';

type DependencyRef = Pick<EncodableDependency, 'name' | 'version' | 'source' | 'raw' | 'line'>;

const NONE: readonly number[] = Object.freeze([]);

/**
 * Finds packages from dependency strings the way cargo's `lookup_id` in
 * `EncodableResolve::into_resolve` does: by name, then version, then source,
 * where a missing version or source is fine only while it is unambiguous.
 */
export class ResolveLookup {
  /** Positions in `resolve.packages`, per name. */
  private readonly byName = new Map<string, number[]>();
  private readonly sources = new Map<string, EncodableSourceId>();

  constructor(
    readonly resolve: Pick<EncodableResolve, 'packages' | 'version' | 'file'>,
  ) {
    resolve.packages.forEach((p, i) => {
      const list = this.byName.get(p.name);
      if (list) list.push(i);
      else this.byName.set(p.name, [i]);
    });
  }

  /** Positions in `resolve.packages` of the packages called `name`, in lockfile order. */
  indicesOf(name: string): readonly number[] {
    return this.byName.get(name) ?? NONE;
  }

  /** Every name with more than one package. */
  *repeatedNames(): Iterable<readonly number[]> {
    for (const list of this.byName.values()) if (list.length > 1) yield list;
  }

  /** Parsed source of a package (or dependency); cached since lockfiles repeat them a lot. */
  source(raw: string, line?: number): EncodableSourceId {
    let s = this.sources.get(raw);
    if (!s) {
      s = parseEncodableSourceId(raw, { file: this.resolve.file, line });
      this.sources.set(raw, s);
    }
    return s;
  }

  /** Like `find`, but undefined where cargo would skip the edge. */
  tryFind(dep: DependencyRef): EncodablePackage | undefined {
    const i = this.tryFindIndex(dep);
    return i < 0 ? undefined : this.resolve.packages[i];
  }

  /** Like `findIndex`, but -1 where cargo would skip the edge. */
  tryFindIndex(dep: DependencyRef): number {
    try {
      return this.findIndex(dep);
    } catch (e) {
      if (e instanceof CargoError) return -1;
      throw e;
    }
  }

  /** The package `dep` names, or a CargoError saying why there is none. */
  find(dep: DependencyRef): EncodablePackage {
    return this.resolve.packages[this.findIndex(dep)];
  }

  /** `find`, as a position in `resolve.packages`. */
  findIndex(dep: DependencyRef): number {
    const named = this.byName.get(dep.name);
    if (named && dep.source === undefined) {
      // Fast paths, without allocating: one package of that name, or exactly one of that version.
      const pk = this.resolve.packages;
      if (named.length === 1 && (dep.version === undefined || dep.version === pk[named[0]].version)) return named[0];
      if (dep.version !== undefined) {
        let hit = -1;
        let count = 0;
        for (const i of named) if (pk[i].version === dep.version) (hit = i), count++;
        if (count === 1) return hit;
      }
    }
    return this.findSlow(dep, named);
  }

  private findSlow(dep: DependencyRef, named: readonly number[] | undefined): number {
    const pk = this.resolve.packages;
    const loc = { file: this.resolve.file, line: dep.line };
    const fail = (why: string): never => {
      throw new CargoError('lockfile', `dependency \`${dep.raw}\` ${why}`, loc);
    };
    if (!named) {
      throw new CargoError(
        'lockfile',
        `package \`${dep.name}\` is specified as a dependency, but is missing from the package list`,
        loc,
      );
    }
    let byVersion = named;
    if (dep.version !== undefined) {
      byVersion = named.filter((i) => pk[i].version === dep.version);
      if (byVersion.length === 0) fail(`names version ${dep.version}, which is missing from the package list`);
    } else if (new Set(named.map((i) => pk[i].version)).size > 1) {
      fail(`is ambiguous: the lockfile has several versions of \`${dep.name}\``);
    }
    if (dep.source !== undefined) {
      const want = this.source(dep.source, dep.line).id;
      const hit = byVersion.find((i) => {
        const src = pk[i].source;
        return src !== undefined && sameSource(this.source(src, pk[i].line).id, want, this.resolve.version);
      });
      return hit ?? fail(`names source ${dep.source}, which is missing from the package list`);
    }
    // Path packages never carry a source, so a sourceless edge means the path one if there is one.
    const paths = byVersion.filter((i) => pk[i].source === undefined);
    if (paths.length === 1) return paths[0];
    if (paths.length === 0 && byVersion.length === 1) return byVersion[0];
    return fail(`is ambiguous: several \`${dep.name}\` packages match`);
  }
}

/** Maps a dependency string to the package it names (see `ResolveLookup.find`). */
export function resolveDependency(
  resolve: Pick<EncodableResolve, 'packages' | 'version' | 'file'>,
  dep: DependencyRef,
): EncodablePackage {
  return new ResolveLookup(resolve).find(dep);
}
