// Cargo's `RegistrySource::unpack_package`: a downloaded `.crate` becomes
// `registry/src/<dir>/<name>-<version>/`, marked complete by `.cargo-ok`.
//
// Every entry is checked before anything of it is written, and the tree is
// built in a sibling temp dir that is renamed into place only when the whole
// archive passed, so a refused crate leaves nothing behind.
//
// Links: cargo's own packaging follows symlinks, so published crates hold
// none. We still accept a symlink whose relative target stays inside the
// package without passing through another symlink (so resolving it on disk
// cannot differ from resolving it on paper), and a hardlink to a regular file
// unpacked earlier from the same archive. Everything else is refused.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as tar from 'tar';
import { CargoError } from '../../util/errors.js';

/** What cargo ≥ 1.71 writes into `.cargo-ok` once a package is unpacked. */
export const CARGO_OK_CONTENTS = '{"v":1}';
export const PACKAGE_SOURCE_LOCK = '.cargo-ok';
/** Cargo's default `max_unpack_size` (`__CARGO_TEST_MAX_UNPACK_SIZE` aside). */
export const DEFAULT_UNPACK_LIMIT = 512 * 1024 * 1024;

export interface UnpackOptions {
  crateFile: string;
  /** Absolute path of `registry/src/<dir>/<name>-<version>`. */
  srcDir: string;
  name: string;
  version: string;
  /** Bound on the inflated archive (tar headers included, as in cargo) and on file bytes. */
  limitBytes?: number;
}

export interface UnpackResult {
  /** Regular files (and hardlinks) written; 0 when a valid `.cargo-ok` was already there. */
  files: number;
  bytes: number;
}

type Kind = 'file' | 'dir' | 'symlink';

/** Whether `srcDir` holds a finished unpack, by cargo's rule: `.cargo-ok` parses as `{"v":1}`. */
export function isUnpacked(srcDir: string): boolean {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(srcDir, PACKAGE_SOURCE_LOCK), 'utf8')) as unknown;
    return typeof meta === 'object' && meta !== null && (meta as { v?: unknown }).v === 1;
  } catch {
    return false;
  }
}

class Refused extends Error {}

/** Tar paths as Rust's `Path::components` sees them: interior `.` and empty parts vanish. */
function components(raw: string, what: string): string[] {
  if (raw.startsWith('/')) throw new Refused(`${what} \`${raw}\` is an absolute path`);
  const parts = raw.split('/');
  if (parts[0] === '.') throw new Refused(`${what} \`${raw}\` starts with \`./\``);
  const out = parts.filter((p) => p !== '' && p !== '.');
  if (out.includes('..')) throw new Refused(`${what} \`${raw}\` has a \`..\` component`);
  return out;
}

interface PendingSymlink {
  rel: string;
  target: string;
}

interface PendingDir {
  rel: string;
  mode: number;
  mtime?: Date;
}

/** The per-archive bookkeeping; everything here runs synchronously, in entry order. */
class Unpacker {
  files = 0;
  bytes = 0;
  private claimedBytes = 0;
  readonly kinds = new Map<string, Kind>();
  readonly explicit = new Set<string>();
  readonly symlinks: PendingSymlink[] = [];
  readonly dirs: PendingDir[] = [];
  private readonly umask = process.umask();

  constructor(
    readonly prefix: string,
    readonly tmp: string,
    readonly limitBytes: number,
  ) {}

  private claim(rel: string, kind: Kind, raw: string): void {
    const parts = rel === '' ? [] : rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const anc = parts.slice(0, i).join('/');
      const k = this.kinds.get(anc);
      if (k !== undefined && k !== 'dir') throw new Refused(`entry \`${raw}\` would go inside \`${anc}\`, which is a ${k}`);
      this.kinds.set(anc, 'dir');
    }
    const had = this.kinds.get(rel);
    if (had !== undefined && had !== kind) throw new Refused(`entry \`${raw}\` is a ${kind} but the archive already has a ${had} there`);
    if (this.explicit.has(rel)) throw new Refused(`entry \`${raw}\` appears twice`);
    this.explicit.add(rel);
    this.kinds.set(rel, kind);
  }

  /** Validates one header; returns the path (relative to the package root) to write, or undefined to skip. */
  admit(e: tar.ReadEntry): { rel: string; kind: Kind | 'hardlink' } | undefined {
    const raw = e.path;
    const parts = components(raw, 'entry');
    if (parts[0] !== this.prefix) throw new Refused(`entry \`${raw}\` is not under \`${this.prefix}/\``);
    const rel = parts.slice(1).join('/');
    const last = parts[parts.length - 1];
    if (last === PACKAGE_SOURCE_LOCK) {
      if (parts.length === 2) throw new Refused(`entry \`${raw}\` would overwrite cargo's \`${PACKAGE_SOURCE_LOCK}\``);
      return undefined; // cargo skips a nested one too
    }
    switch (e.type) {
      case 'File':
      case 'OldFile':
      case 'ContiguousFile': {
        if (rel === '') throw new Refused(`entry \`${raw}\` is a file in place of the package directory`);
        this.claim(rel, 'file', raw);
        this.claimedBytes += e.size;
        if (this.claimedBytes > this.limitBytes) {
          throw new Refused(`entry \`${raw}\` takes the unpacked size past the limit of ${this.limitBytes} bytes`);
        }
        return { rel, kind: 'file' };
      }
      case 'Directory':
        this.claim(rel, 'dir', raw);
        return { rel, kind: 'dir' };
      case 'SymbolicLink':
        if (rel === '') throw new Refused(`entry \`${raw}\` is a symlink in place of the package directory`);
        this.claim(rel, 'symlink', raw);
        return { rel, kind: 'symlink' };
      case 'Link':
        if (rel === '') throw new Refused(`entry \`${raw}\` is a hardlink in place of the package directory`);
        this.claim(rel, 'file', raw);
        return { rel, kind: 'hardlink' };
      default:
        throw new Refused(`entry \`${raw}\` is a ${e.type} (only files, directories and links are allowed)`);
    }
  }

  dest(rel: string): string {
    return rel === '' ? this.tmp : path.join(this.tmp, ...rel.split('/'));
  }

  private readonly made = new Set<string>();

  /** mkdir -p once per directory: a crate has far more files than directories. */
  private parentOf(file: string): void {
    const dir = path.dirname(file);
    if (this.made.has(dir)) return;
    fs.mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }

  writeFile(rel: string, data: Buffer, mode: number, mtime: Date | undefined): void {
    const file = this.dest(rel);
    this.parentOf(file);
    // Created with the archive's permission bits; the kernel applies the umask, as tar-rs' mask does.
    fs.writeFileSync(file, data, { flag: 'wx', mode: mode & 0o777 });
    if (mtime) fs.utimesSync(file, mtimeOf(mtime), mtimeOf(mtime));
    this.files++;
    this.bytes += data.length;
  }

  hardlink(rel: string, raw: string, linkpath: string | undefined): void {
    if (!linkpath) throw new Refused(`hardlink \`${raw}\` has no target`);
    const parts = components(linkpath, `hardlink \`${raw}\` target`);
    const target = parts.slice(1).join('/');
    if (parts[0] !== this.prefix || this.kinds.get(target) !== 'file' || !this.explicit.has(target) || target === rel) {
      throw new Refused(`hardlink \`${raw}\` points to \`${linkpath}\`, which is not a file unpacked earlier from this package`);
    }
    const file = this.dest(rel);
    this.parentOf(file);
    fs.linkSync(this.dest(target), file);
    this.files++;
  }

  /** Symlink targets are resolved on paper; safe because no checked path may pass through a symlink. */
  checkSymlink({ rel, target }: PendingSymlink): void {
    const raw = `${this.prefix}/${rel}`;
    if (target === '' || target.startsWith('/')) throw new Refused(`symlink \`${raw}\` points to \`${target}\`, outside the package`);
    const at = rel.split('/').slice(0, -1);
    for (const p of target.split('/')) {
      if (p === '' || p === '.') continue;
      if (at.length > 0 && this.kinds.get(at.join('/')) === 'symlink') {
        throw new Refused(`symlink \`${raw}\` points to \`${target}\`, through another symlink`);
      }
      if (p !== '..') at.push(p);
      else if (at.length === 0) throw new Refused(`symlink \`${raw}\` points to \`${target}\`, outside the package`);
      else at.pop();
    }
  }

  finish(): void {
    for (const s of this.symlinks) this.checkSymlink(s);
    for (const s of this.symlinks) {
      const file = this.dest(s.rel);
      this.parentOf(file);
      fs.symlinkSync(s.target, file);
    }
    fs.writeFileSync(path.join(this.tmp, PACKAGE_SOURCE_LOCK), CARGO_OK_CONTENTS);
    // Deepest first, and after every file, so later writes do not bump a directory's mtime.
    const explicitDirs = new Map(this.dirs.map((d) => [d.rel, d]));
    if (!explicitDirs.has('')) explicitDirs.set('', { rel: '', mode: 0o777 });
    const sorted = [...explicitDirs.values()].sort((a, b) => b.rel.split('/').length - a.rel.split('/').length || (a.rel < b.rel ? 1 : -1));
    for (const d of sorted) {
      const dir = this.dest(d.rel);
      fs.mkdirSync(dir, { recursive: true });
      if (d.mtime) fs.utimesSync(dir, mtimeOf(d.mtime), mtimeOf(d.mtime));
      fs.chmodSync(dir, d.mode & 0o777 & ~this.umask);
    }
  }
}

// tar-rs replaces a zero mtime with 1, which some tools treat as "unset".
function mtimeOf(d: Date): number {
  const s = Math.floor(d.getTime() / 1000);
  return s === 0 ? 1 : s;
}

const COMPRESSED_MAGIC = [Buffer.from([0x1f, 0x8b]), Buffer.from([0x28, 0xb5, 0x2f, 0xfd])];

/** Streams the gzip through node-tar's parser, admitting entries one by one. */
function readArchive(crateFile: string, u: Unpacker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let inflated = 0;
    let head: Buffer | undefined = Buffer.alloc(0);
    const input = fs.createReadStream(crateFile);
    const gunzip = zlib.createGunzip();
    const parser = new tar.Parser({ strict: true });
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      input.destroy();
      gunzip.destroy();
      parser.abort(e instanceof Error ? e : new Error(String(e)));
      reject(e);
    };
    const guard = (fn: () => void): void => {
      if (settled) return;
      try {
        fn();
      } catch (e) {
        fail(e);
      }
    };

    parser.on('entry', (e: tar.ReadEntry) =>
      guard(() => {
        const admitted = u.admit(e);
        if (!admitted || admitted.kind === 'dir' || admitted.kind === 'symlink') {
          if (admitted?.kind === 'dir') u.dirs.push({ rel: admitted.rel, mode: e.mode ?? 0o755, mtime: e.mtime });
          if (admitted?.kind === 'symlink') u.symlinks.push({ rel: admitted.rel, target: e.linkpath ?? '' });
          e.resume();
          return;
        }
        if (admitted.kind === 'hardlink') {
          u.hardlink(admitted.rel, e.path, e.linkpath);
          e.resume();
          return;
        }
        const chunks: Buffer[] = [];
        e.on('data', (c: Buffer) => chunks.push(c));
        e.on('end', () => guard(() => u.writeFile(admitted.rel, Buffer.concat(chunks), e.mode ?? 0o644, e.mtime)));
      }),
    );
    // node-tar drops unknown entry types and oversized meta headers with this event.
    parser.on('ignoredEntry', (e: tar.ReadEntry) => guard(() => {
      throw new Refused(`entry \`${e.path}\` is a ${e.type} (only files, directories and links are allowed)`);
    }));
    parser.on('warn', (code: string, message: string) => guard(() => {
      throw new Refused(`the archive is malformed (${code}: ${message})`);
    }));
    parser.on('error', (e: Error) => fail(e instanceof Refused ? e : new Refused(`the archive is malformed (${e.message})`)));
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      resolve();
    });
    parser.on('drain', () => gunzip.resume());

    gunzip.on('data', (c: Buffer) =>
      guard(() => {
        inflated += c.length;
        if (inflated > u.limitBytes) {
          // Let the parser see what fits first, so an oversized entry gets named.
          parser.write(c.subarray(0, Math.max(0, c.length - (inflated - u.limitBytes))));
          if (settled) return;
          throw new Refused(`the archive inflates past the limit of ${u.limitBytes} bytes`);
        }
        if (head) {
          // node-tar would silently inflate a second layer, dodging the size limit.
          head = Buffer.concat([head, c]);
          if (head.length < 4) return;
          if (COMPRESSED_MAGIC.some((m) => head!.subarray(0, m.length).equals(m))) throw new Refused('the archive is compressed twice');
          c = head;
          head = undefined;
        }
        if (!parser.write(c)) gunzip.pause();
      }),
    );
    gunzip.on('end', () => guard(() => {
      if (head && head.length > 0) parser.write(head);
      parser.end();
    }));
    gunzip.on('error', (e) => fail(new Refused(`the archive is not valid gzip (${e.message})`)));
    input.on('error', (e) => fail(e));
    input.pipe(gunzip);
  });
}

/**
 * Unpacks `crateFile` into `srcDir` (`registry/src/<dir>/<name>-<version>`)
 * the way cargo does, unless `srcDir` already holds a finished unpack.
 * Throws a one-line CargoError, leaving no trace, if any entry is refused.
 */
export async function unpackCrate(opts: UnpackOptions): Promise<UnpackResult> {
  const { crateFile, srcDir, name, version, limitBytes = DEFAULT_UNPACK_LIMIT } = opts;
  const prefix = `${name}-${version}`;
  const pkg = `\`${name} v${version}\``;
  if (!path.isAbsolute(srcDir) || path.basename(srcDir) !== prefix) {
    throw new CargoError('usage', `cannot unpack ${pkg} into ${srcDir}: expected an absolute path ending in ${prefix}`);
  }
  if (isUnpacked(srcDir)) return { files: 0, bytes: 0 };

  const parent = path.dirname(srcDir);
  let tmp: string;
  try {
    fs.mkdirSync(parent, { recursive: true });
    tmp = fs.mkdtempSync(path.join(parent, `.${prefix}.unpack-`));
  } catch (e) {
    throw new CargoError('io', `cannot unpack ${pkg}: ${(e as Error).message}`);
  }
  const u = new Unpacker(prefix, tmp, limitBytes);
  try {
    await readArchive(crateFile, u);
    u.finish();
    // Like cargo, an unfinished earlier unpack (no valid `.cargo-ok`) is thrown away.
    fs.rmSync(srcDir, { recursive: true, force: true });
    try {
      fs.renameSync(tmp, srcDir);
    } catch (e) {
      // A concurrent unpack of the same crate won the race.
      if (!isUnpacked(srcDir)) throw e;
      return { files: 0, bytes: 0 };
    }
    return { files: u.files, bytes: u.bytes };
  } catch (e) {
    if (e instanceof Refused) {
      throw new CargoError('io', `failed to unpack package ${pkg}: invalid tarball: ${e.message}`, { file: crateFile });
    }
    const err = e as NodeJS.ErrnoException;
    throw new CargoError('io', `failed to unpack package ${pkg}: ${err.code === 'ENOENT' && err.path === crateFile ? `${crateFile} does not exist` : err.message}`, {
      file: crateFile,
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
