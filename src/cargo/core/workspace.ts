/**
 * Workspace discovery, after Cargo's `core/workspace.rs`: find the root
 * manifest, expand `members`, add path dependencies under the root, apply
 * `exclude` and `default-members`, and collect every local (path) package.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CargoError, type Location } from '../util/errors.js';
import { isWithin, MAX_MANIFEST_BYTES, readTextIfFile } from '../util/paths.js';
import type { Dependency } from './dependency.js';
import { manifestFromRaw, readRawManifest, type Manifest, type RawManifest } from './manifest.js';

export interface Package {
  name: string;
  version: string;
  manifest: Manifest;
  dir: string;
}

export type ResolverVersion = '1' | '2' | '3';

export interface WorkspaceLoadOptions {
  /** The root search never walks up out of this directory (Cargo's rule); default `$CARGO_HOME` or `~/.cargo`. */
  cargoHome?: string;
}

/** What loading a workspace finds. */
interface WorkspaceFields {
  /** Directory of the root manifest. */
  root: string;
  rootManifest: Manifest;
  /** The manifest the workspace was loaded from. */
  currentManifestPath: string;
  members: Package[];
  defaultMembers: Package[];
  /** Every local package reachable through `path` (members first), including `[patch]` and `[replace]` ones. */
  pathPackages: Package[];
  resolverVersion: ResolverVersion;
}

// The class carries the fields the loader found (declared by this interface).
export interface Workspace extends Readonly<WorkspaceFields> {}
export class Workspace {
  private constructor(fields: WorkspaceFields) {
    Object.assign(this, fields);
  }

  get patch(): Record<string, Dependency[]> {
    return this.rootManifest.patch;
  }

  get replace(): { spec: string; dep: Dependency }[] {
    return this.rootManifest.replace;
  }

  get lockfilePath(): string {
    return path.join(this.root, 'Cargo.lock');
  }

  member(name: string): Package | undefined {
    return this.members.find((p) => p.name === name);
  }

  /** Loads the workspace that the manifest in (or at) `dirOrManifestPath` belongs to. */
  static load(dirOrManifestPath: string, opts: WorkspaceLoadOptions = {}): Workspace {
    const l = new Loader(opts.cargoHome ?? process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo'));
    return new Workspace(l.load(dirOrManifestPath));
  }
}

const EDITION_RESOLVER: Record<string, ResolverVersion> = { '2021': '2', '2024': '3' };

class Loader {
  private readonly raws = new Map<string, RawManifest | null>();
  private readonly manifests = new Map<string, Manifest>();
  // Cargo's `ws_roots`: every `[workspace]` read so far, by directory. Root
  // search consults these before walking up, so the answer can depend on
  // what was already loaded, exactly as in Cargo.
  private readonly knownRoots = new Map<string, RawManifest>();

  constructor(private readonly cargoHome: string) {}

  load(input: string): WorkspaceFields {
    const abs = path.resolve(input);
    const current = isDir(abs) ? path.join(abs, 'Cargo.toml') : abs;
    if (!this.raw(current)) {
      throw new CargoError('workspace', `could not find \`Cargo.toml\` in \`${path.dirname(current)}\``, { file: current });
    }
    const rootFile = this.findRoot(current) ?? current;
    const rootManifest = this.manifest(rootFile);
    const root = path.dirname(rootFile);

    let members: Package[];
    let defaultMembers: Package[];
    if (!rootManifest.workspace) {
      // No `[workspace]` anywhere: the package is a workspace of one.
      members = defaultMembers = [this.toPackage(rootManifest)];
    } else {
      ({ members, defaultMembers } = new MemberSearch(this, rootManifest, current).run());
    }

    const pkg = rootManifest.package;
    const resolverVersion = (rootManifest.workspace?.resolver ?? pkg?.resolver ?? EDITION_RESOLVER[pkg?.edition ?? ''] ?? '1') as ResolverVersion;
    return {
      root,
      rootManifest,
      currentManifestPath: current,
      members,
      defaultMembers,
      pathPackages: this.pathPackages(members, rootManifest),
      resolverVersion,
    };
  }

  /** The raw TOML of `file`, or undefined if there is no such file. */
  raw(file: string): RawManifest | undefined {
    let r = this.raws.get(file);
    if (r === undefined) {
      const text = readTextIfFile(file, 'manifest', MAX_MANIFEST_BYTES, 'manifest');
      r = text === undefined ? null : readRawManifest(file, text);
      this.raws.set(file, r);
      if (r && r.doc.workspace !== undefined) this.knownRoots.set(r.dir, r);
    }
    return r ?? undefined;
  }

  manifest(file: string): Manifest {
    let m = this.manifests.get(file);
    if (!m) {
      const raw = this.raw(file);
      if (!raw) throw new CargoError('io', `failed to read \`${file}\`: ENOENT`, { file });
      m = manifestFromRaw(raw, {
        workspaceRoot: () => {
          const r = this.findRoot(file);
          return r === undefined ? undefined : this.manifest(r);
        },
      });
      this.manifests.set(file, m);
    }
    return m;
  }

  toPackage(m: Manifest): Package {
    if (!m.package) throw new CargoError('workspace', `found a virtual manifest at \`${m.file}\` instead of a package manifest`, { file: m.file });
    return { name: m.package.name, version: m.package.version, manifest: m, dir: m.dir };
  }

  /**
   * Cargo's `find_root`: the manifest itself if it has `[workspace]`, else
   * its `package.workspace` pointer, else the nearest already-known root
   * above it that does not exclude it, else the nearest ancestor with a
   * `[workspace]` that does not exclude it (or with a pointer).
   */
  findRoot(file: string): string | undefined {
    const raw = this.raw(file);
    if (raw && raw.doc.workspace !== undefined) return file;
    if (raw && rootPointer(raw) !== undefined) return this.readRootPointer(raw);
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const known = this.knownRoots.get(dir);
      if (known && !isExcluded(known, file)) return known.file;
      if (path.dirname(dir) === dir) break;
    }
    let prev: string | undefined;
    for (let dir = path.dirname(path.dirname(file)); ; dir = path.dirname(dir)) {
      // Never climb out of CARGO_HOME, nor out of `cargo package` scratch dirs.
      if (prev === this.cargoHome) break;
      if (dir.endsWith(`${path.sep}target${path.sep}package`)) break;
      const anc = this.raw(path.join(dir, 'Cargo.toml'));
      if (anc?.doc.workspace !== undefined) {
        if (!isExcluded(anc, file)) return anc.file;
      } else if (anc && rootPointer(anc) !== undefined) {
        return this.readRootPointer(anc);
      }
      prev = dir;
      if (path.dirname(dir) === dir) return undefined;
    }
    return undefined;
  }

  private readRootPointer(raw: RawManifest): string {
    const target = path.resolve(raw.dir, rootPointer(raw) as string, 'Cargo.toml');
    const root = this.raw(target);
    if (!root || root.doc.workspace === undefined) {
      throw new CargoError(
        'workspace',
        `\`package.workspace\` points to \`${path.dirname(target)}\`, which has no Cargo.toml with a \`[workspace]\``,
        raw.at(['package', 'workspace']),
      );
    }
    return target;
  }

  /** Members, then every package reachable from them (or from `[patch]`/`[replace]`) by `path`. */
  private pathPackages(members: Package[], rootManifest: Manifest): Package[] {
    const out = new Map<string, { pkg: Package; member: boolean }>();
    for (const m of members) out.set(m.manifest.file, { pkg: m, member: true });
    const visit = (dep: Dependency) => {
      if (dep.source.kind !== 'path') return;
      const file = path.join(dep.source.path, 'Cargo.toml');
      if (out.has(file)) return;
      if (!this.raw(file)) {
        throw new CargoError('workspace', `failed to load \`${dep.nameInToml}\`: no Cargo.toml in \`${dep.source.path}\``, dep.location);
      }
      const m = this.manifest(file);
      if (!m.package) {
        throw new CargoError('workspace', `found a virtual manifest at \`${file}\` instead of a package manifest`, dep.location);
      }
      out.set(file, { pkg: this.toPackage(m), member: false });
    };
    for (const deps of Object.values(rootManifest.patch)) deps.forEach(visit);
    rootManifest.replace.forEach((r) => visit(r.dep));
    // `out` grows while iterated: Map iteration visits entries added meanwhile.
    for (const { pkg, member } of out.values()) {
      // The resolver ignores dev-dependencies of non-members, so Cargo never reads them.
      for (const d of pkg.manifest.dependencies) if (member || d.kind !== 'dev') visit(d);
    }
    return [...out.values()].map((e) => e.pkg);
  }
}

/** Cargo's `find_members` / `find_path_deps` / `validate_members` for one root. */
class MemberSearch {
  private readonly rootFile: string;
  private readonly rootDir: string;
  private readonly memberFiles = new Set<string>();
  private readonly packages: Package[] = [];

  constructor(
    private readonly l: Loader,
    private readonly rootManifest: Manifest,
    private readonly current: string,
  ) {
    this.rootFile = rootManifest.file;
    this.rootDir = rootManifest.dir;
  }

  run(): { members: Package[]; defaultMembers: Package[] } {
    const ws = this.rootManifest.workspace!;
    const memberPaths = this.expand(ws.members, 'members');
    for (const mp of memberPaths) {
      this.addPathDeps(path.join(mp.dir, 'Cargo.toml'), false, () =>
        new CargoError('workspace', `failed to load manifest for workspace member \`${mp.dir}\`: no Cargo.toml found (from \`${mp.entry}\`)`, mp.location),
      );
    }
    this.addPathDeps(this.rootFile, false, () => new CargoError('io', `failed to read \`${this.rootFile}\``, { file: this.rootFile }));

    let defaultMembers: Package[];
    const byFile = new Map(this.packages.map((p) => [p.manifest.file, p]));
    if (this.current === this.rootFile && ws.defaultMembers !== undefined) {
      defaultMembers = [];
      for (const dp of this.expand(ws.defaultMembers, 'default-members')) {
        const pkg = byFile.get(path.join(dp.dir, 'Cargo.toml'));
        if (pkg) {
          if (!defaultMembers.includes(pkg)) defaultMembers.push(pkg);
          continue;
        }
        // Excluded default members are tolerated if `members` names them.
        if (memberPaths.some((m) => m.dir === dp.dir) && this.isExcluded(dp.dir)) continue;
        throw new CargoError(
          'workspace',
          `package \`${dp.dir}\` is listed in default-members but is not a member for workspace at \`${this.rootFile}\``,
          dp.location,
        );
      }
    } else if (this.l.manifest(this.current).isVirtual) {
      defaultMembers = this.packages.slice();
    } else {
      defaultMembers = [];
    }

    if (!this.memberFiles.has(this.current)) {
      const rel = path.relative(this.rootDir, path.dirname(this.current));
      throw new CargoError(
        'workspace',
        `current package believes it's in a workspace when it's not: current \`${this.current}\`, workspace \`${this.rootFile}\`; ` +
          `add \`${rel}\` to \`workspace.members\`, or to \`workspace.exclude\` to keep it out`,
        this.rootManifest.workspace!.location,
      );
    }
    if (defaultMembers.length === 0 && !this.l.manifest(this.current).isVirtual) {
      defaultMembers = this.packages.filter((p) => p.manifest.file === this.current);
    }

    const seen = new Map<string, Package>();
    for (const p of this.packages) {
      const other = seen.get(p.name);
      if (other) {
        throw new CargoError(
          'workspace',
          `two packages named \`${p.name}\` in this workspace: \`${other.manifest.file}\` and \`${p.manifest.file}\``,
          { file: p.manifest.file },
        );
      }
      seen.set(p.name, p);
    }
    return { members: this.packages, defaultMembers };
  }

  /** Adds `file` as a member, then its path dependencies (Cargo's `find_path_deps`). */
  private addPathDeps(file: string, isPathDep: boolean, missing: () => CargoError): void {
    if (this.memberFiles.has(file)) return;
    const raw = this.l.raw(file);
    if (!raw) throw missing();
    if (isPathDep && !isWithin(path.dirname(file), this.rootDir) && this.l.findRoot(file) !== this.rootFile) return;
    if (this.isExcluded(file)) return;
    const root = this.l.findRoot(file);
    if (root !== this.rootFile) {
      throw new CargoError(
        'workspace',
        root === undefined
          ? `workspace member \`${file}\` is not hierarchically below the workspace root \`${this.rootFile}\``
          : `package \`${file}\` is a member of the wrong workspace: expected \`${this.rootFile}\`, actual \`${root}\``,
        { file },
      );
    }
    this.memberFiles.add(file);
    const m = this.l.manifest(file);
    if (m.isVirtual) return;
    this.packages.push(this.l.toPackage(m));
    for (const d of m.dependencies) {
      if (d.source.kind !== 'path') continue;
      const depDir = d.source.path;
      this.addPathDeps(path.join(depDir, 'Cargo.toml'), true, () =>
        new CargoError('workspace', `failed to load \`${d.nameInToml}\`: no Cargo.toml in \`${depDir}\``, d.location),
      );
    }
  }

  private isExcluded(file: string): boolean {
    const ws = this.rootManifest.workspace!;
    return isExcludedBy(this.rootDir, ws.members, ws.exclude, file);
  }

  /** Cargo's `members_paths`: glob-expand entries, keep directories; an entry matching nothing stays literal. */
  private expand(entries: string[], key: string): { dir: string; entry: string; location: Location }[] {
    const out: { dir: string; entry: string; location: Location }[] = [];
    entries.forEach((entry, idx) => {
      const location: Location = this.rootManifest.positions.at(['workspace', key, String(idx)]);
      const pattern = path.resolve(this.rootDir, entry);
      // Untrusted checkouts must not make us read outside the repository.
      if (!isWithin(pattern, this.rootDir)) {
        throw new CargoError('workspace', `\`workspace.${key}\` entry \`${entry}\` resolves outside the workspace root \`${this.rootDir}\``, location);
      }
      if (!WILD.test(pattern)) {
        // A literal entry: kept when it is a directory or missing (the member
        // check reports that), skipped when it is a file. One stat, not a glob.
        const st = fs.statSync(pattern, { throwIfNoEntry: false });
        if (!st || st.isDirectory()) out.push({ dir: pattern, entry, location });
        return;
      }
      let matches: string[];
      try {
        matches = globPaths(pattern);
      } catch (e) {
        throw new CargoError('workspace', `could not parse pattern \`${entry}\` in \`workspace.${key}\`: ${(e as Error).message}`, location);
      }
      if (matches.length === 0) out.push({ dir: pattern, entry, location });
      for (const m of matches) if (isDir(m)) out.push({ dir: m, entry, location });
    });
    return out;
  }
}

function rootPointer(raw: RawManifest): string | undefined {
  const pkg = raw.doc.package ?? raw.doc.project;
  const w = typeof pkg === 'object' && pkg !== null ? (pkg as Record<string, unknown>).workspace : undefined;
  return typeof w === 'string' ? w : undefined;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Excluded unless some `members` entry (taken literally, as Cargo does) is a prefix of it. */
function isExcludedBy(rootDir: string, members: string[], exclude: string[], file: string): boolean {
  const under = (entries: string[]) => entries.some((e) => isWithin(file, path.resolve(rootDir, e)));
  // `exclude` is usually empty: test it first so members are only scanned when it matters.
  return under(exclude) && !under(members);
}

function isExcluded(rootRaw: RawManifest, file: string): boolean {
  const ws = rootRaw.doc.workspace as Record<string, unknown> | undefined;
  if (typeof ws !== 'object' || ws === null) return false;
  // Usually no `exclude`: then the (long) members list is never copied.
  const exclude = stringList(ws.exclude);
  return exclude.length > 0 && isExcludedBy(rootRaw.dir, stringList(ws.members), exclude, file);
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// --- `glob` crate semantics, per path component: `*`, `?`, `[...]`, `[!...]`, and `**` as a whole component.

const WILD = /[*?[]/;

/** Existing paths matching an absolute, normalised pattern, sorted like the `glob` crate. */
export function globPaths(pattern: string): string[] {
  const segs = pattern.split(path.sep);
  const first = segs.findIndex((s) => WILD.test(s));
  if (first === -1) return fs.existsSync(pattern) ? [pattern] : [];
  const matchers = segs.map((s) => (WILD.test(s) && s !== '**' ? segmentRegex(s) : undefined));
  for (const s of segs) if (s.includes('**') && s !== '**') throw new Error('recursive wildcards must form a single path component');

  const out = new Set<string>();
  const walk = (dir: string, i: number): void => {
    if (i === segs.length) {
      out.add(dir);
      return;
    }
    const seg = segs[i];
    if (seg === '**') {
      // Like the glob crate: a trailing `**` is every directory below (not
      // the directory itself); elsewhere it is zero or more directories.
      // Symlinked directories are not followed, so `**` cannot loop.
      const last = i === segs.length - 1;
      if (!last) walk(dir, i + 1);
      for (const e of entries(dir)) {
        if (!e.isDirectory()) continue;
        if (last) out.add(path.join(dir, e.name));
        walk(path.join(dir, e.name), i);
      }
      return;
    }
    const re = matchers[i];
    if (!re) {
      const p = path.join(dir, seg);
      if (fs.existsSync(p)) walk(p, i + 1);
      return;
    }
    for (const e of entries(dir)) if (re.test(e.name)) walk(path.join(dir, e.name), i + 1);
  };
  walk(segs.slice(0, first).join(path.sep) || path.sep, first);
  return [...out].sort(byComponents);
}

// The glob crate yields paths ordered component by component.
function byComponents(a: string, b: string): number {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function segmentRegex(seg: string): RegExp {
  let re = '^';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      // `]` right after `[` or `[!` is literal, as in the glob crate.
      let j = i + 1;
      const negate = seg[j] === '!';
      if (negate) j++;
      const start = j;
      if (seg[j] === ']') j++;
      while (j < seg.length && seg[j] !== ']') j++;
      if (j >= seg.length) throw new Error('invalid range pattern');
      const body = seg.slice(start, j);
      let cls = '';
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          cls += `${escapeClass(body[k])}-${escapeClass(body[k + 2])}`;
          k += 2;
        } else cls += escapeClass(body[k]);
      }
      re += negate ? `[^${cls}]` : `[${cls}]`;
      i = j;
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`${re}$`, 'u');
}

function escapeClass(c: string): string {
  return /[\\\]^\-[]/.test(c) ? `\\${c}` : c;
}
