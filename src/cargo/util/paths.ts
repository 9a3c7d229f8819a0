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

/** Cargo's `paths::read`: a UTF-8 text file, refused with one line when it is too large. */
export function readText(file: string, kind: ErrorKind, maxBytes: number, what: string): string {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    throw new CargoError('io', `failed to read ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
  }
  if (size > maxBytes) {
    throw new CargoError(kind, `${what} is ${(size / (1 << 20)).toFixed(1)} MiB; files over ${maxBytes >> 20} MiB are refused`, { file });
  }
  return fs.readFileSync(file, 'utf8');
}
