import * as fs from 'node:fs';
import { CargoError } from '../../util/errors.js';

/**
 * Cargo's on-disk index cache (`registry/index/<dir>/.cache/<path>/<name>`),
 * as written by `sources/registry/index/cache.rs`.
 */
export const CACHE_VERSION = 3;
export const INDEX_FORMAT_VERSION = 2;

export interface IndexCacheFile {
  /** `etag: <etag>`, `last-modified: <date>` or `Unknown`. */
  indexVersion: string;
  entries: { version: string; line: string }[];
}

export function decodeIndexCache(buf: Uint8Array, where: string): IndexCacheFile {
  if (buf.length < 6 || buf[0] !== CACHE_VERSION) {
    throw new CargoError('index', `unsupported index cache version ${buf[0] ?? 'none'}`, { file: where });
  }
  const fmt = buf[1] | (buf[2] << 8) | (buf[3] << 16) | (buf[4] << 24);
  if (fmt !== INDEX_FORMAT_VERSION) {
    throw new CargoError('index', `unsupported index format version ${fmt}`, { file: where });
  }
  const fields: string[] = [];
  let start = 5;
  for (let i = 5; i < buf.length; i++) {
    if (buf[i] === 0) {
      fields.push(Buffer.from(buf.subarray(start, i)).toString('utf8'));
      start = i + 1;
    }
  }
  if (start !== buf.length || fields.length % 2 !== 1) {
    throw new CargoError('index', 'truncated index cache file', { file: where });
  }
  const entries = [];
  for (let i = 1; i < fields.length; i += 2) entries.push({ version: fields[i], line: fields[i + 1] });
  return { indexVersion: fields[0], entries };
}

export function encodeIndexCache(f: IndexCacheFile): Buffer {
  const parts: Buffer[] = [Buffer.from([CACHE_VERSION, INDEX_FORMAT_VERSION, 0, 0, 0])];
  const z = Buffer.from([0]);
  parts.push(Buffer.from(f.indexVersion, 'utf8'), z);
  for (const e of f.entries) parts.push(Buffer.from(e.version, 'utf8'), z, Buffer.from(e.line, 'utf8'), z);
  return Buffer.concat(parts);
}

/**
 * The index line of one version, without decoding the rest of the file: the
 * freshness check reads one version from each of thousands of files.
 */
/** `buf[at..]` starts with `s` (an ASCII version string), compared without making a string. */
function sameAscii(buf: Uint8Array, at: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (buf[at + k] !== s.charCodeAt(k)) return false;
  return true;
}

export function findIndexCacheLine(buf: Uint8Array, version: string, where: string): string | undefined {
  if (buf.length < 6 || buf[0] !== CACHE_VERSION) {
    throw new CargoError('index', `unsupported index cache version ${buf[0] ?? 'none'}`, { file: where });
  }
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let i = b.indexOf(0, 5);
  while (i >= 0 && i + 1 < b.length) {
    const vEnd = b.indexOf(0, i + 1);
    if (vEnd < 0) break;
    const lEnd = b.indexOf(0, vEnd + 1);
    if (lEnd < 0) break;
    if (vEnd - i - 1 === version.length && sameAscii(b, i + 1, version)) {
      return b.toString('utf8', vEnd + 1, lEnd);
    }
    i = lEnd;
  }
  return undefined;
}

/** The index line of `version` in cargo's cache file `file`; undefined when the file or the version is absent. */
export function readIndexCacheLine(file: string, version: string): string | undefined {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return findIndexCacheLine(buf, version, file);
}
