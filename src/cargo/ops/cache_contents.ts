import { GIT_CHECKOUTS, GIT_DB, REGISTRY_SRC, registryDirs } from '../sources/cargo_home_layout.js';
import type { LayoutPlan } from './layout_plan.js';

/** A `.crate` the entry holds, with the checksum Cargo.lock pins it to. */
export interface CachedCrate {
  name: string;
  version: string;
  checksum?: string;
  /** `registry/cache/<dir>/<name>-<version>.crate` */
  file: string;
}

/** A git package whose bare database the entry holds. */
export interface CachedGitDb {
  name: string;
  version: string;
  /** `git/db/<ident>` */
  db: string;
}

/**
 * What a sources cache entry holds, decided once from the plans. The archive,
 * the prune before saving, the audit after a restore, the verification of
 * what was restored, and `crate-cache plan` all read this one answer. Paths
 * are relative to CARGO_HOME, with `/`.
 */
export interface CacheContents {
  /** Registry directory names (`<host>-<hash>`), sorted. */
  registries: string[];
  /** Every file the entry archives: each registry's config.json, the planned index cache files and `.crate` files. Sorted. */
  files: string[];
  /** The `.crate` files among them, each once. */
  crates: CachedCrate[];
  /** Git databases, archived whole, each once. */
  gitDbs: CachedGitDb[];
  /**
   * What the fetch writes for the build but no entry ever holds, because
   * cargo recreates it from the files above: unpacked sources
   * (`registry/src/…`) and git checkouts (`git/checkouts/…`). Directories.
   */
  derived: string[];
}

export function cacheContents(plans: LayoutPlan[]): CacheContents {
  const registries = new Set<string>();
  const files = new Set<string>();
  const crates = new Map<string, CachedCrate>();
  const gitDbs = new Map<string, CachedGitDb>();
  const derived = new Set<string>();
  for (const plan of plans) {
    for (const r of plan.registries) {
      registries.add(r.dir);
      files.add(registryDirs(r.dir).config);
    }
    for (const p of plan.packages) {
      const l = p.layout;
      if (l.kind === 'registry') {
        files.add(l.index);
        files.add(l.crate);
        if (!crates.has(l.crate)) crates.set(l.crate, { name: p.name, version: p.version, checksum: p.checksum, file: l.crate });
        derived.add(l.src);
      } else {
        if (!gitDbs.has(l.db)) gitDbs.set(l.db, { name: p.name, version: p.version, db: l.db });
        derived.add(l.checkout);
      }
    }
  }
  return {
    registries: [...registries].sort(),
    files: [...files].sort(),
    crates: [...crates.values()],
    gitDbs: [...gitDbs.values()],
    derived: [...derived].sort(),
  };
}

/** The directories a restore writes into: afterwards each may hold only what the contents list. */
export function restoreRoots(c: CacheContents): string[] {
  const roots = c.registries.map(registryDirs).flatMap((dirs) => [dirs.crates, dirs.index]);
  if (c.gitDbs.length) roots.push(GIT_DB);
  return roots;
}

/** The roots of what is derived (never archived): dropped whole before a save. */
export const DERIVED_ROOTS = [REGISTRY_SRC, GIT_CHECKOUTS] as const;
