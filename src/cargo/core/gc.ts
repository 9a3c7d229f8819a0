import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LayoutPlan } from '../ops/layout_plan.js';

export interface GcStats {
  /** Files and directories removed, relative to CARGO_HOME. */
  removed: string[];
  bytes: number;
}

/** Never touched, whatever the plan says. */
const PROTECTED = new Set(['credentials', 'credentials.toml', 'config', 'config.toml', 'bin', '.crates.toml', '.crates2.json']);

/**
 * Cuts CARGO_HOME down to what the plans need before it is archived, after
 * cargo's own `gc` vocabulary: extracted sources and git checkouts are
 * derived data (cargo recreates them quickly), and downloads no lockfile
 * needs any more are dropped so the cache cannot grow without bound.
 */
export function gcCargoHome(cargoHome: string, plans: LayoutPlan[]): GcStats {
  const keep = new Set<string>();
  const registryDirs = new Set<string>();
  const gitDbs = new Set<string>();
  for (const plan of plans) {
    for (const r of plan.registries) registryDirs.add(r.dir);
    for (const p of plan.packages) {
      const l = p.layout;
      if (l.kind === 'registry') (keep.add(l.crate), keep.add(l.index));
      else gitDbs.add(l.db);
    }
  }
  const stats: GcStats = { removed: [], bytes: 0 };
  const remove = (rel: string) => {
    const abs = path.join(cargoHome, rel);
    stats.bytes += sizeOf(abs);
    fs.rmSync(abs, { recursive: true, force: true });
    stats.removed.push(rel);
  };

  if (exists(path.join(cargoHome, 'registry', 'src'))) remove('registry/src');
  if (exists(path.join(cargoHome, 'git', 'checkouts'))) remove('git/checkouts');
  for (const dir of registryDirs) {
    for (const rel of listFiles(cargoHome, `registry/cache/${dir}`)) if (!keep.has(rel)) remove(rel);
    for (const rel of listFiles(cargoHome, `registry/index/${dir}/.cache`)) if (!keep.has(rel)) remove(rel);
  }
  for (const name of listDir(path.join(cargoHome, 'git', 'db'))) {
    const rel = `git/db/${name}`;
    if (!gitDbs.has(rel)) remove(rel);
  }
  if (stats.removed.some((r) => PROTECTED.has(r))) throw new Error('internal error: gc reached a protected path');
  return stats;
}

function exists(p: string): boolean {
  return fs.existsSync(p);
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Regular files below `rel`, relative to `root`, with `/` separators. Symlinks count as files (removed, not followed). */
export function listFiles(root: string, rel: string): string[] {
  const out: string[] = [];
  const walk = (r: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, r), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = `${r}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk(rel);
  return out;
}

/** Bytes below a path (lstat: links are not followed). */
export function sizeOf(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of fs.readdirSync(p)) total += sizeOf(path.join(p, name));
  return total;
}
