import * as path from 'node:path';
import type { CacheContents } from '../cargo/ops/cache_contents.js';
import { GIT_DB, registryDirs } from '../cargo/sources/cargo_home_layout.js';
import { sizeOf } from '../cargo/util/paths.js';

/** What `cache-bin: true` adds: cargo-installed binaries and cargo's records of them. */
const BIN = ['bin', '.crates.toml', '.crates2.json'];

/**
 * The paths `@actions/cache` archives for the cache contents: per registry,
 * config.json, the index cache and the `.crate` files; the git databases;
 * and `bin` only when asked. Never CARGO_HOME itself, so credentials and
 * config cannot end up in an archive. The list depends only on the registry
 * directories, so a lockfile bump still finds older entries by prefix; the
 * prune before saving leaves exactly the contents' files under them.
 */
export function cachePaths(cargoHome: string, contents: CacheContents, cacheBin: boolean): string[] {
  const abs = (rel: string, ...more: string[]) => path.join(cargoHome, ...rel.split('/'), ...more);
  const out: string[] = [];
  for (const dir of contents.registries) {
    const dirs = registryDirs(dir);
    // Files, not directories: every tar entry costs headers, and the index
    // cache is many small files at depth 2 (`1/a`, `2/ab`) or 3 (`3/a/abc`, `ab/cd/abcd`).
    out.push(abs(dirs.config));
    out.push(abs(dirs.indexCache, '1', '*'), abs(dirs.indexCache, '2', '*'), abs(dirs.indexCache, '*', '*', '*'));
    out.push(abs(dirs.crates, '*.crate'));
  }
  if (contents.gitDbs.length) out.push(abs(GIT_DB));
  if (cacheBin) out.push(...BIN.map((b) => abs(b)));
  return out;
}

/**
 * Bytes of what `cachePaths` archives once CARGO_HOME is pruned to the
 * contents: the files that exist, the git databases, and `bin` when asked.
 * (The paths themselves are globs, so they cannot be measured.)
 */
export function cachedBytes(cargoHome: string, contents: CacheContents, cacheBin: boolean): number {
  const rels = [...contents.files, ...contents.gitDbs.map((g) => g.db), ...(cacheBin ? BIN : [])];
  return rels.reduce((bytes, rel) => bytes + sizeOf(path.join(cargoHome, ...rel.split('/'))), 0);
}
