import * as path from 'node:path';
import type { PackageId } from '../core/package_id.js';
import { gitIdent, registryDirName } from '../core/source_dir.js';
import type { SourceId } from '../core/source_id.js';
import type { CargoVersion } from '../util/cargo_version.js';
import { shortId } from './git/short_id.js';
import { makeDepPath } from './registry/index_path.js';
import { replacedSource, type ReplacementConfig } from './replaced_source.js';

export interface RegistryLayout {
  kind: 'registry';
  /** The source cargo talks to, after `[source]` replacement. */
  source: SourceId;
  dir: string;
  index: string;
  crate: string;
  src: string;
}

export interface GitLayout {
  kind: 'git';
  ident: string;
  db: string;
  checkout: string;
}

/** Vendored (`directory`, `local-registry`) sources: nothing in CARGO_HOME. */
export interface VendoredLayout {
  kind: 'vendored';
  source: SourceId;
}

export type PackageLayout = RegistryLayout | GitLayout | VendoredLayout;

/**
 * Where cargo keeps each locked package under CARGO_HOME. Paths are relative
 * to CARGO_HOME and use `/`.
 */
export class CargoHomeLayout {
  private readonly dirs = new Map<string, { source: SourceId; dir?: string }>();

  constructor(
    readonly cargoHome: string,
    readonly config: ReplacementConfig,
    readonly cargoVersion: CargoVersion,
  ) {}

  /** Registry directory name (`<host>-<hash>`) for a locked registry source. */
  registry(id: SourceId): { source: SourceId; dir?: string } {
    const k = id.toLockfileString();
    let hit = this.dirs.get(k);
    if (!hit) {
      const source = replacedSource(id, this.config);
      hit = { source, dir: source.isRegistry() ? registryDirName(source, this.cargoVersion) : undefined };
      this.dirs.set(k, hit);
    }
    return hit;
  }

  /** Where the locked package `id` from `sourceId` lives; undefined for path packages. */
  of(id: PackageId, sourceId: SourceId | undefined): PackageLayout | undefined {
    if (!sourceId) return undefined;
    if (sourceId.isGit()) {
      const ident = gitIdent(sourceId, this.cargoVersion);
      const db = `git/db/${ident}`;
      const rev = sourceId.precise;
      const short = rev ? shortId(rev, path.join(this.cargoHome, db)) : 'unknown';
      return { kind: 'git', ident, db, checkout: `git/checkouts/${ident}/${short}` };
    }
    if (!sourceId.isRegistry()) return undefined;
    const { source, dir } = this.registry(sourceId);
    if (!dir) return { kind: 'vendored', source };
    return {
      kind: 'registry',
      source,
      dir,
      index: `registry/index/${dir}/.cache/${makeDepPath(id.name.toLowerCase())}`,
      crate: `registry/cache/${dir}/${id.name}-${id.version}.crate`,
      src: `registry/src/${dir}/${id.name}-${id.version}`,
    };
  }

  abs(rel: string): string {
    // Plain concatenation: this runs for every locked package on every check.
    return this.cargoHome + path.sep + (path.sep === '/' ? rel : rel.split('/').join(path.sep));
  }
}

/** Where everything from one registry lives in CARGO_HOME (its `<host>-<hash>` dir), relative, with `/`. */
export interface RegistryDirs {
  /** `registry/index/<dir>`: config.json and `.cache/`. */
  index: string;
  /** `registry/index/<dir>/.cache`: cargo's copy of each crate's index file. */
  indexCache: string;
  /** `registry/index/<dir>/config.json`, stored byte for byte as the registry served it. */
  config: string;
  /** `registry/cache/<dir>`: the downloaded `.crate` files. */
  crates: string;
  /** `registry/src/<dir>`: unpacked sources, derived from the `.crate` files. */
  src: string;
}

export function registryDirs(dir: string): RegistryDirs {
  const index = `registry/index/${dir}`;
  return { index, indexCache: `${index}/.cache`, config: `${index}/config.json`, crates: `registry/cache/${dir}`, src: `registry/src/${dir}` };
}

/** Bare git databases, one per repository: `git/db/<ident>`. */
export const GIT_DB = 'git/db';
/** Working trees checked out of them, derived data: `git/checkouts/<ident>/<short rev>`. */
export const GIT_CHECKOUTS = 'git/checkouts';
/** Unpacked registry sources of every registry, derived data. */
export const REGISTRY_SRC = 'registry/src';
