import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CacheContents } from './cache_contents.js';

export interface CrateMismatch {
  name: string;
  version: string;
  file: string;
  expected: string;
  actual: string;
}

export interface CacheInventory {
  /** Planned `.crate` files present (after removing mismatches). */
  present: number;
  /** Planned registry packages whose `.crate` is absent. */
  missing: number;
  /** Planned git databases absent. */
  missingGit: number;
  mismatches: CrateMismatch[];
}

/**
 * Checks every planned `.crate` in CARGO_HOME against the sha256 in
 * Cargo.lock and deletes the ones that differ. Cargo does not re-verify
 * files already in `registry/cache`, so a poisoned cache would otherwise
 * reach the build.
 */
export function verifyCrates(cargoHome: string, contents: CacheContents, opts: { hash?: boolean } = {}): CacheInventory {
  const inv: CacheInventory = { present: 0, missing: 0, missingGit: 0, mismatches: [] };
  const abs = (rel: string) => path.join(cargoHome, ...rel.split('/'));
  for (const g of contents.gitDbs) if (!fs.existsSync(abs(g.db))) inv.missingGit++;
  for (const c of contents.crates) {
    const file = abs(c.file);
    if (!fs.existsSync(file)) {
      inv.missing++;
      continue;
    }
    // After a fetch that verified what it wrote, presence is enough.
    if (opts.hash === false) {
      inv.present++;
      continue;
    }
    const actual = sha256File(file);
    if (c.checksum && actual !== c.checksum) {
      fs.rmSync(file, { force: true });
      inv.mismatches.push({ name: c.name, version: c.version, file: c.file, expected: c.checksum, actual });
      inv.missing++;
      continue;
    }
    inv.present++;
  }
  return inv;
}

export function sha256File(file: string): string {
  const h = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 16);
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}
