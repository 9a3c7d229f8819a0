import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeIndexCache } from '../sources/registry/index_cache.js';
import { listFiles } from '../util/paths.js';
import { restoreRoots, type CacheContents } from './cache_contents.js';

export interface RestoreAudit {
  /** Symbolic links found in the restored roots (a cache entry never needs one). */
  symlinks: string[];
  /** Files the restore added that the plan does not need. */
  extra: string[];
  /** Planned index cache files that do not decode (e.g. cut off mid-restore). */
  broken: string[];
}

/** Files under the cache roots before a restore, so that what the restore adds can be told apart. */
export function snapshotCacheRoots(cargoHome: string, contents: CacheContents): Set<string> {
  return new Set(restoreRoots(contents).flatMap((d) => listFiles(cargoHome, d)));
}

/**
 * After a restore, removes what a cache entry should never have carried:
 * symlinks, files the plan does not need (unless they were there before),
 * and planned index cache files that do not decode. `.crate` contents are
 * checked separately, against Cargo.lock.
 */
export function auditRestore(cargoHome: string, contents: CacheContents, before: Set<string>): RestoreAudit {
  const dirs = restoreRoots(contents);
  const planned = new Set(contents.files);
  const gitDbs = contents.gitDbs.map((g) => g.db);
  const audit: RestoreAudit = { symlinks: [], extra: [], broken: [] };
  // A linked root or ancestor would make the walk below follow it out of CARGO_HOME: unlink first.
  for (const d of ancestors(dirs)) {
    const abs = path.join(cargoHome, d);
    if (fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
      fs.rmSync(abs, { force: true });
      audit.symlinks.push(d);
    }
  }
  for (const d of dirs) {
    for (const rel of listFiles(cargoHome, d)) {
      const abs = path.join(cargoHome, rel);
      const st = fs.lstatSync(abs, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isSymbolicLink()) {
        fs.rmSync(abs, { force: true });
        audit.symlinks.push(rel);
        continue;
      }
      const inGitDb = gitDbs.some((db) => rel.startsWith(`${db}/`));
      const isIndexJunk = rel.startsWith('registry/index/') && !rel.includes('/.cache/') && !rel.endsWith('/config.json');
      if (!planned.has(rel) && !inGitDb && !before.has(rel) && !isIndexJunk) {
        fs.rmSync(abs, { force: true });
        audit.extra.push(rel);
        continue;
      }
      if (planned.has(rel) && rel.includes('/.cache/')) {
        try {
          decodeIndexCache(fs.readFileSync(abs), abs);
        } catch {
          fs.rmSync(abs, { force: true });
          audit.broken.push(rel);
        }
      }
    }
  }
  return audit;
}

/** Every directory from CARGO_HOME down to each root, shallowest first. */
function ancestors(dirs: string[]): string[] {
  const out = new Set<string>();
  for (const d of dirs) {
    const parts = d.split('/');
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return [...out].sort((a, b) => a.split('/').length - b.split('/').length);
}
