import * as fs from 'node:fs';
import * as path from 'node:path';
import { GIT_DB, registryDirs } from '../sources/cargo_home_layout.js';
import { listFiles, sizeOf } from '../util/paths.js';
import { DERIVED_ROOTS, type CacheContents } from './cache_contents.js';

export interface GcStats {
  /** Derived data removed (`registry/src`, `git/checkouts`): cargo recreates it from what is kept. */
  derived: string[];
  derivedBytes: number;
  /** Downloads, index files and git databases no plan needs any more. */
  unneeded: string[];
  unneededBytes: number;
}

/** Never touched, whatever the contents say. */
const PROTECTED = new Set(['credentials', 'credentials.toml', 'config', 'config.toml', 'bin', '.crates.toml', '.crates2.json']);

/**
 * Cuts CARGO_HOME down to the cache contents before they are archived, after
 * cargo's own `gc` vocabulary: extracted sources and git checkouts are
 * derived data, and downloads no lockfile needs any more are dropped, so the
 * cache cannot grow without bound.
 */
export function gcCargoHome(cargoHome: string, contents: CacheContents): GcStats {
  const keep = new Set(contents.files);
  const gitDbs = new Set(contents.gitDbs.map((g) => g.db));
  const stats: GcStats = { derived: [], derivedBytes: 0, unneeded: [], unneededBytes: 0 };
  const remove = (rel: string, kind: 'derived' | 'unneeded') => {
    const abs = path.join(cargoHome, rel);
    const bytes = sizeOf(abs);
    fs.rmSync(abs, { recursive: true, force: true });
    if (kind === 'derived') (stats.derived.push(rel), (stats.derivedBytes += bytes));
    else (stats.unneeded.push(rel), (stats.unneededBytes += bytes));
  };

  for (const root of DERIVED_ROOTS) if (fs.existsSync(path.join(cargoHome, root))) remove(root, 'derived');
  for (const dir of contents.registries) {
    const dirs = registryDirs(dir);
    for (const rel of [...listFiles(cargoHome, dirs.crates), ...listFiles(cargoHome, dirs.indexCache)]) {
      if (!keep.has(rel)) remove(rel, 'unneeded');
    }
  }
  for (const name of listDir(path.join(cargoHome, GIT_DB))) {
    const rel = `${GIT_DB}/${name}`;
    if (!gitDbs.has(rel)) remove(rel, 'unneeded');
  }
  if ([...stats.derived, ...stats.unneeded].some((r) => PROTECTED.has(r))) throw new Error('internal error: gc reached a protected path');
  return stats;
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
