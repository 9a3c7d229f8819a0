// A deterministic `.crate`: a gzipped tar of `<name>-<version>/…` holding
// regular files only, the way `cargo package` writes it (GNU headers, files
// sorted by path, uid/gid 0, mode 0644 or 0755, mtime 1153704088).
//
// The tar is written by hand rather than with node-tar: node-tar (v7, with
// `portable` and a fixed `mtime`) is repeatable, but it copies each file's
// permission bits (a 0600 file stays 0600) and only packs files from disk,
// while generated crates live in memory.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface ArchiveFile {
  /** Path inside the crate root, `/`-separated. */
  path: string;
  data: Buffer;
  executable?: boolean;
}

/** The fixed mtime cargo uses for reproducible packages (2006-07-24). */
export const CARGO_PACKAGE_MTIME = 1153704088;

// Debian's additions and build leftovers that a published crate never holds.
const EXCLUDED_TOP = new Set(['debian', '.cargo-checksum.json', '.cargo-ok', 'target', '.pc']);

/** The files of an unpacked crate directory, minus Debian's extras. */
export function collectCrateFiles(dir: string): ArchiveFile[] {
  const out: ArchiveFile[] = [];
  const walk = (rel: string): void => {
    for (const ent of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel === '' ? ent.name : `${rel}/${ent.name}`;
      if (rel === '' && EXCLUDED_TOP.has(ent.name)) continue;
      const abs = path.join(dir, r);
      if (ent.isDirectory()) walk(r);
      else if (ent.isFile()) {
        const st = fs.statSync(abs);
        out.push({ path: r, data: fs.readFileSync(abs), executable: (st.mode & 0o100) !== 0 });
      }
      // Symlinks and other special files are skipped, as cargo refuses them too.
    }
  };
  walk('');
  return out;
}

// Component-wise, like Rust's PathBuf ordering that cargo sorts by.
function comparePaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return Buffer.compare(Buffer.from(pa[i]), Buffer.from(pb[i]));
  }
  return pa.length - pb.length;
}

function octal(buf: Buffer, offset: number, len: number, value: number): void {
  buf.write(value.toString(8).padStart(len - 1, '0') + '\0', offset, len, 'latin1');
}

function header(name: Buffer, size: number, mode: number, mtime: number, type: string): Buffer {
  const h = Buffer.alloc(512);
  name.copy(h, 0, 0, Math.min(name.length, 100));
  octal(h, 100, 8, mode);
  octal(h, 108, 8, 0); // uid
  octal(h, 116, 8, 0); // gid
  octal(h, 124, 12, size);
  octal(h, 136, 12, mtime);
  h.fill(0x20, 148, 156); // checksum is computed over spaces
  h.write(type, 156, 1, 'latin1');
  h.write('ustar  \0', 257, 8, 'latin1'); // GNU magic + version
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  return h;
}

function padded(data: Buffer): Buffer[] {
  const rest = data.length % 512;
  return rest === 0 ? [data] : [data, Buffer.alloc(512 - rest)];
}

/** The uncompressed tar; exposed so tests can inspect the entries. */
export function buildCrateTar(name: string, version: string, files: ArchiveFile[]): Buffer {
  const parts: Buffer[] = [];
  const sorted = [...files].sort((a, b) => comparePaths(a.path, b.path));
  for (const f of sorted) {
    const full = Buffer.from(`${name}-${version}/${f.path}`, 'utf8');
    if (full.length > 100) {
      // GNU long name: a `././@LongLink` entry carrying the whole path.
      const long = Buffer.concat([full, Buffer.from([0])]);
      parts.push(header(Buffer.from('././@LongLink'), long.length, 0o644, 0, 'L'), ...padded(long));
    }
    const mode = f.executable ? 0o755 : 0o644;
    parts.push(header(full, f.data.length, mode, CARGO_PACKAGE_MTIME, '0'), ...padded(f.data));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** The `.crate` bytes. Node's gzip header carries mtime 0, so output depends only on input. */
export function buildCrateArchive(name: string, version: string, files: ArchiveFile[]): Buffer {
  return zlib.gzipSync(buildCrateTar(name, version, files), { level: 9 });
}

export function packageCrateDir(dir: string, name: string, version: string): Buffer {
  return buildCrateArchive(name, version, collectCrateFiles(dir));
}
