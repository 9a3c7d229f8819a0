import * as fs from 'node:fs';
import * as path from 'node:path';
import { CargoError, type ErrorKind } from './errors.js';

/** Size caps: far above any real file, low enough that hostile input cannot stall a job. */
export const MAX_MANIFEST_BYTES = 8 << 20;
export const MAX_CONFIG_BYTES = 4 << 20;
export const MAX_LOCKFILE_BYTES = 64 << 20;

/** Whether `p` is `dir` or below it (both absolute and normalised). */
export function isWithin(p: string, dir: string): boolean {
  if (p === dir) return true;
  return p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/**
 * Reads `fd` into `buf` until a short read, which for a regular file is its
 * end (one syscall fewer than reading until 0). Full buffers are doubled;
 * `beforeGrow` may refuse that by throwing.
 */
function readToEnd(fd: number, buf: Buffer, beforeGrow?: (len: number) => void): { buf: Buffer; len: number } {
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      beforeGrow?.(len);
      buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]);
    }
    const want = buf.length - len;
    const n = fs.readSync(fd, buf, len, want, null);
    len += n;
    if (n < want) return { buf, len };
  }
}

/** Cargo's `paths::read`: a UTF-8 text file, refused with one line when it is too large. */
export function readText(file: string, kind: ErrorKind, maxBytes: number, what: string): string {
  const text = readTextIfFile(file, kind, maxBytes, what);
  if (text === undefined) throw new CargoError('io', `failed to read ${what}: ENOENT`, { file });
  return text;
}

// Non-blocking open: a FIFO planted where a manifest should be must not hang us.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * `readText`, or undefined when `file` is missing or not a regular file.
 * One open, fstat, read and close: workspaces load hundreds of these.
 */
export function readTextIfFile(file: string, kind: ErrorKind, maxBytes: number, what: string): string | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new CargoError('io', `failed to read ${what}: ${code ?? (e as Error).message}`, { file });
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return undefined;
    const tooLarge = (size: number) =>
      new CargoError(kind, `${what} is ${(size / (1 << 20)).toFixed(1)} MiB; files over ${maxBytes >> 20} MiB are refused`, { file });
    if (st.size > maxBytes) throw tooLarge(st.size);
    // One byte of room, so a file that did not grow ends on a short read.
    const { buf, len } = readToEnd(fd, Buffer.allocUnsafe(st.size + 1), (size) => {
      if (size > maxBytes) throw tooLarge(size);
    });
    return buf.toString('utf8', 0, len);
  } catch (e) {
    if (e instanceof CargoError) throw e;
    throw new CargoError('io', `failed to read ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
  } finally {
    fs.closeSync(fd);
  }
}

/** Regular files below `rel`, relative to `root`, with `/` separators. Symlinks count as files (listed, not followed). */
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
