// Lays out a registry on disk: `index/config.json`, one index file per crate
// at its sparse path, and `crates/<name>/<name>-<version>.crate`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { DEBIAN_REGISTRY_DIR, listCrateSources, type CrateSource } from './crate_source.js';
import { packageCrateDir } from './crate_archive.js';
import { formatIndexLine, toIndexEntry, type IndexEntry } from './index_entry.js';
import { indexPath } from './index_path.js';
import { pruneUnavailable, type PrunedCrate } from './prune_unavailable.js';

export const FIXTURE_PORT = 18931;
export const FIXTURE_HOST = '127.0.0.1';
export const DEFAULT_DL_BASE = `http://${FIXTURE_HOST}:${FIXTURE_PORT}/api/v1/crates`;

export interface PublishedCrate extends PrunedCrate {
  archive: Buffer;
}

export interface RegistryLayout {
  root: string;
  entries: IndexEntry[];
  notes: string[];
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function crateFilePath(root: string, name: string, version: string): string {
  return path.join(root, 'crates', name, `${name}-${version}.crate`);
}

/** Writes any set of crates; the Debian and synthetic registries both go through here. */
export function writeRegistry(outDir: string, dlBase: string, crates: PublishedCrate[], notes: string[] = []): RegistryLayout {
  const root = path.resolve(outDir);
  // Only our own subtrees are cleared, so a wrong --out cannot wipe much.
  fs.rmSync(path.join(root, 'index'), { recursive: true, force: true });
  fs.rmSync(path.join(root, 'crates'), { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'index'), { recursive: true });
  const api = new URL(dlBase).origin;
  fs.writeFileSync(path.join(root, 'index', 'config.json'), JSON.stringify({ dl: dlBase, api }) + '\n');

  const byName = new Map<string, IndexEntry[]>();
  const entries: IndexEntry[] = [];
  const sorted = [...crates].sort(
    (a, b) => a.source.name.localeCompare(b.source.name) || semver.compare(a.source.version, b.source.version),
  );
  for (const c of sorted) {
    const { name, version } = c.source;
    const file = crateFilePath(root, name, version);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, c.archive);
    const entry = toIndexEntry(c.source, sha256Hex(c.archive), c.deps, c.features);
    entries.push(entry);
    // Index files are keyed case-insensitively; crates.io forbids names differing only in case.
    const k = name.toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), entry]);
  }
  for (const [k, list] of byName) {
    const file = path.join(root, 'index', indexPath(k));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, list.map((e) => formatIndexLine(e) + '\n').join(''));
  }
  return { root, entries, notes };
}

/** `roots` and every crate they may depend on (optional and target-specific included). */
export function dependencyClosure(sources: CrateSource[], roots: string[]): CrateSource[] {
  const wanted = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const n = queue.pop()!;
    if (wanted.has(n)) continue;
    wanted.add(n);
    for (const s of sources.filter((x) => x.name === n)) {
      for (const d of s.deps) if (d.kind !== 'dev') queue.push(d.package);
    }
  }
  return sources.filter((s) => wanted.has(s.name));
}

export interface BuildRegistryOptions {
  outDir: string;
  /** The `dl` URL in config.json; cargo appends `/<name>/<version>/download`. */
  dlBase?: string;
  /** Only these crates and their dependency closure; all sources when omitted. */
  crates?: string[];
  /** Where the unpacked crate sources are (Debian's by default). */
  sourceRoot?: string;
}

/** The fixture registry built from Debian's packaged crate sources. */
export function buildRegistry(opts: BuildRegistryOptions): RegistryLayout {
  let sources = listCrateSources(opts.sourceRoot ?? DEBIAN_REGISTRY_DIR);
  if (opts.crates) sources = dependencyClosure(sources, opts.crates);
  const { crates, notes } = pruneUnavailable(sources);
  const published = crates.map((c) => ({ ...c, archive: packageCrateDir(c.source.dir!, c.source.name, c.source.version) }));
  return writeRegistry(opts.outDir, opts.dlBase ?? DEFAULT_DL_BASE, published, notes);
}
