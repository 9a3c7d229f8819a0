import { CargoError } from '../../util/errors.js';
import type { EncodableDependency, EncodablePackage, EncodableResolve } from './encode.js';
import { parseEncodableSourceId, sameSource, type EncodableSourceId } from './encodable_source_id.js';

/**
 * Finds packages from dependency strings the way cargo's `lookup_id` in
 * `EncodableResolve::into_resolve` does: by name, then version, then source,
 * where a missing version or source is fine only while it is unambiguous.
 */
export class ResolveLookup {
  private readonly byName = new Map<string, EncodablePackage[]>();
  private readonly sources = new Map<string, EncodableSourceId>();

  constructor(
    readonly resolve: Pick<EncodableResolve, 'packages' | 'version' | 'file'>,
  ) {
    for (const p of resolve.packages) {
      const list = this.byName.get(p.name);
      if (list) list.push(p);
      else this.byName.set(p.name, [p]);
    }
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
  tryFind(dep: Pick<EncodableDependency, 'name' | 'version' | 'source' | 'raw' | 'line'>): EncodablePackage | undefined {
    try {
      return this.find(dep);
    } catch (e) {
      if (e instanceof CargoError) return undefined;
      throw e;
    }
  }

  /** The package `dep` names, or a CargoError saying why there is none. */
  find(dep: Pick<EncodableDependency, 'name' | 'version' | 'source' | 'raw' | 'line'>): EncodablePackage {
    const named = this.byName.get(dep.name);
    if (named && dep.source === undefined) {
      // Fast paths, without allocating: one package of that name, or exactly one of that version.
      if (named.length === 1 && (dep.version === undefined || dep.version === named[0].version)) return named[0];
      if (dep.version !== undefined) {
        let hit: EncodablePackage | undefined;
        let count = 0;
        for (const p of named) if (p.version === dep.version) (hit = p), count++;
        if (count === 1) return hit!;
      }
    }
    return this.findSlow(dep, named);
  }

  private findSlow(dep: Pick<EncodableDependency, 'name' | 'version' | 'source' | 'raw' | 'line'>, named: EncodablePackage[] | undefined): EncodablePackage {
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
      byVersion = named.filter((p) => p.version === dep.version);
      if (byVersion.length === 0) fail(`names version ${dep.version}, which is missing from the package list`);
    } else if (new Set(named.map((p) => p.version)).size > 1) {
      fail(`is ambiguous: the lockfile has several versions of \`${dep.name}\``);
    }
    if (dep.source !== undefined) {
      const want = this.source(dep.source, dep.line).id;
      const hit = byVersion.filter((p) => p.source !== undefined && sameSource(this.source(p.source, p.line).id, want, this.resolve.version));
      if (hit.length === 0) fail(`names source ${dep.source}, which is missing from the package list`);
      return hit[0];
    }
    // Path packages never carry a source, so a sourceless edge means the path one if there is one.
    const paths = byVersion.filter((p) => p.source === undefined);
    if (paths.length === 1) return paths[0];
    if (paths.length === 0 && byVersion.length === 1) return byVersion[0];
    return fail(`is ambiguous: several \`${dep.name}\` packages match`);
  }
}

/** Maps a dependency string to the package it names (see `ResolveLookup.find`). */
export function resolveDependency(
  resolve: Pick<EncodableResolve, 'packages' | 'version' | 'file'>,
  dep: Pick<EncodableDependency, 'name' | 'version' | 'source' | 'raw' | 'line'>,
): EncodablePackage {
  return new ResolveLookup(resolve).find(dep);
}
