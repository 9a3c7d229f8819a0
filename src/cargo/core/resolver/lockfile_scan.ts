/**
 * A fast path for reading Cargo.lock as cargo writes it. Cargo emits a fixed
 * subset of TOML (`[[package]]` tables of `key = "string"` lines and one-per-
 * line `dependencies` arrays), so a line scanner can build the same document
 * smol-toml would, with every line number as a by-product, in a fraction of
 * the time and allocation. Anything outside that subset (escapes, inline
 * arrays, odd spacing, `[root]`, duplicate keys, CRLF) makes it decline, and
 * the caller falls back to the full TOML parser.
 */
import type { LockfilePositions } from './lockfile_lines.js';

type Table = Record<string, unknown>;

export interface ScannedLockfile {
  doc: Table;
  positions: LockfilePositions;
}

const BARE_KEY = /^[A-Za-z0-9_-]+$/;
const INTEGER = /^(?:0|[1-9][0-9]*)$/;

class ScannedPositions implements LockfilePositions {
  readonly packageHeaders: number[] = [];
  readonly patchUnusedHeaders: number[] = [];
  readonly rootHeader = undefined;
  versionKey?: number;
  metadataHeader?: number;
  /** Header line -> line of its `dependencies` key; other keys by `header:key` (decoding reports only on these). */
  readonly dependencies = new Map<number, number>();
  readonly keys = new Map<string, number>();

  record(header: number, key: string, line: number): void {
    if (key === 'dependencies') this.dependencies.set(header, line);
    else if (key === 'replace') this.keys.set(`${header}:${key}`, line);
  }

  keyLine(header: number, key: string): number {
    return (key === 'dependencies' ? this.dependencies.get(header) : this.keys.get(`${header}:${key}`)) ?? header;
  }

  elementLine(header: number, key: string, index: number): number {
    const at = this.keyLine(header, key);
    // The scanner only accepts arrays written one element per line.
    return at === header ? header : at + 1 + index;
  }
}

/** A TOML basic string's content if `s[from..]` is `"…"` ending at `end`, with nothing TOML would unescape or refuse. */
function plainString(s: string, from: number, end: number): string | undefined {
  if (end - from < 2 || s.charCodeAt(from) !== 0x22 || s.charCodeAt(end - 1) !== 0x22) return undefined;
  for (let i = from + 1; i < end - 1; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x7f || (c < 0x20 && c !== 0x09)) return undefined;
  }
  return s.slice(from + 1, end - 1);
}

function isCommentText(s: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7f || (c < 0x20 && c !== 0x09)) return false;
  }
  return true;
}

/** The document and positions, or undefined when `text` is not in cargo's own layout. */
export function scanLockfile(text: string): ScannedLockfile | undefined {
  if (text.includes('\r')) return undefined;
  const doc: Table = {};
  const pos = new ScannedPositions();
  let table: Table = doc;
  let header = 0;
  let array: string[] | undefined;
  let inTables = false;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const first = text.charCodeAt(start);
    if (array) {
      if (end - start === 1 && first === 0x5d /* ] */) array = undefined;
      else {
        // ` "name version (source)",`
        if (first !== 0x20 || text.charCodeAt(end - 1) !== 0x2c) return undefined;
        const v = plainString(text, start + 1, end - 1);
        if (v === undefined) return undefined;
        array.push(v);
      }
    } else if (end === start) {
      // blank line
    } else if (first === 0x23 /* # */) {
      if (!isCommentText(text, start + 1, end)) return undefined;
    } else if (first === 0x5b /* [ */) {
      const name = text.slice(start, end);
      inTables = true;
      header = line;
      if (name === '[[package]]') {
        table = {};
        const list = (doc.package ??= []) as Table[];
        if (!Array.isArray(list)) return undefined;
        list.push(table);
        pos.packageHeaders.push(line);
      } else if (name === '[[patch.unused]]') {
        const patch = (doc.patch ??= {}) as Table;
        const list = (patch.unused ??= []) as Table[];
        table = {};
        list.push(table);
        pos.patchUnusedHeaders.push(line);
      } else if (name === '[metadata]' && doc.metadata === undefined) {
        table = doc.metadata = {};
        pos.metadataHeader = line;
      } else return undefined;
    } else {
      const eq = text.indexOf(' = ', start);
      if (eq < 0 || eq >= end) return undefined;
      let key: string | undefined;
      if (first === 0x22) key = plainString(text, start, eq);
      else {
        key = text.slice(start, eq);
        if (!BARE_KEY.test(key)) return undefined;
      }
      if (key === undefined || key === '__proto__' || Object.hasOwn(table, key)) return undefined;
      const v = eq + 3;
      if (!inTables) {
        const n = text.slice(v, end);
        if (key !== 'version' || !INTEGER.test(n) || n.length > 15) return undefined;
        doc.version = Number(n);
        pos.versionKey = line;
      } else if (end - v === 1 && text.charCodeAt(v) === 0x5b) {
        array = [];
        table[key] = array;
        pos.record(header, key, line);
      } else {
        const s = plainString(text, v, end);
        if (s === undefined) return undefined;
        table[key] = s;
        pos.record(header, key, line);
      }
    }
    start = end + 1;
    if (end === text.length) break;
  }
  if (array) return undefined;
  return { doc, positions: pos };
}
