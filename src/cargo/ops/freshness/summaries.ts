import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Summary } from '../../core/summary.js';
import type { LockedPackage } from '../../core/resolver/resolve.js';
import { parseManifest, type Manifest } from '../../core/manifest.js';
import type { CargoHomeLayout } from '../../sources/cargo_home_layout.js';
import { readIndexCacheLine } from '../../sources/registry/index_cache.js';
import { parseIndexEntry, summaryFromIndexEntry } from '../../sources/registry/index_entry.js';
import type { VersionReq } from '../../util/version_req.js';

export interface LockedSummary {
  summary: Summary;
  /** sha256 of the `.crate` as the index has it. */
  checksum?: string;
}

/**
 * Finds the Summary of a locked registry or git package in what cargo has
 * already written under CARGO_HOME: the index cache, else the unpacked source.
 * No network: what is not there stays unknown.
 */
export class SummaryStore {
  constructor(
    private readonly layout: CargoHomeLayout,
    /** Requirements already parsed, by their text (see `parseIndexEntry`). */
    private readonly reqs?: Map<string, VersionReq>,
  ) {}

  find(p: LockedPackage): LockedSummary | undefined {
    try {
      return this.findUnchecked(p);
    } catch {
      return undefined; // unreadable metadata is the same as none: undecided, never a guess
    }
  }

  private findUnchecked(p: LockedPackage): LockedSummary | undefined {
    const l = this.layout.of(p.id, p.sourceId);
    if (!l || l.kind === 'vendored') return undefined;
    if (l.kind === 'git') {
      const dir = this.layout.abs(l.checkout);
      const file = findPackageManifest(dir, p.id.name, 3);
      return file ? fromManifest(parseManifest(file), p) : undefined;
    }
    const where = this.layout.abs(l.index);
    const line = readIndexCacheLine(where, p.id.version);
    if (line !== undefined) {
      const e = parseIndexEntry(line, where, this.reqs);
      // The line was found by this version, so the locked id is the entry's.
      return { summary: summaryFromIndexEntry(e, p.id.source, p.id), checksum: e.cksum };
    }
    const toml = path.join(this.layout.abs(l.src), 'Cargo.toml');
    return fs.existsSync(toml) ? fromManifest(parseManifest(toml), p) : undefined;
  }
}

function fromManifest(m: Manifest, p: LockedPackage): LockedSummary | undefined {
  if (!m.package || m.package.name !== p.id.name || m.package.version !== p.id.version) return undefined;
  return { summary: { id: p.id, dependencies: m.dependencies, features: m.features } };
}

/** The Cargo.toml of package `name` inside a git checkout (it may be a workspace). */
function findPackageManifest(root: string, name: string, depth: number): string | undefined {
  const queue: [string, number][] = [[root, 0]];
  while (queue.length) {
    const [dir, d] = queue.shift()!;
    const file = path.join(dir, 'Cargo.toml');
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8');
      if (new RegExp(`^\\s*name\\s*=\\s*["']${name.replace(/[-]/g, '\\-')}["']`, 'm').test(text)) return file;
    }
    if (d >= depth || !fs.existsSync(dir)) continue;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'target') queue.push([path.join(dir, e.name), d + 1]);
    }
  }
  return undefined;
}
