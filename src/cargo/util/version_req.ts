import { CargoError, resolveWhere, type ErrorKind, type Location, type Where } from './errors.js';

/*
 * Version requirements as Cargo reads them: the Rust `semver` crate (1.x),
 * not node-semver. The two disagree on bare versions (`1.2.3` is `^1.2.3`
 * here, `=1.2.3` in npm), on `||` and hyphen ranges (errors here), on
 * pre-release matching, and on leading whitespace/`v` prefixes, so the
 * grammar and the match rules are implemented directly.
 */

/** `semver::Version`. Numbers are u64 in Rust, hence bigint. */
export interface Version {
  major: bigint;
  minor: bigint;
  patch: bigint;
  /** Dot-separated pre-release identifiers without the `-`; `''` when none. */
  pre: string;
  /** Build metadata without the `+`; never affects matching. */
  build: string;
}

/** `semver::Op`. A bare `1.2` is `Caret`; `1.*` is `Wildcard`. */
export type Op = 'Exact' | 'Greater' | 'GreaterEq' | 'Less' | 'LessEq' | 'Tilde' | 'Caret' | 'Wildcard';

/** `semver::Comparator`: an operator and a possibly partial version. */
export interface Comparator {
  op: Op;
  major: bigint;
  minor?: bigint;
  patch?: bigint;
  pre: string;
}

type Position = 'major version number' | 'minor version number' | 'patch version number' | 'pre-release identifier' | 'build metadata';

/** The `semver` crate's own error text; callers add what was being parsed. */
class SemverError extends Error {}

const U64_MAX = 18446744073709551615n;

function quoted(ch: string): string {
  return ch === '\t' ? "'\\t'" : ch === '\n' ? "'\\n'" : ch === '\r' ? "'\\r'" : `'${ch}'`;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function numericIdentifier(s: string, pos: Position): [bigint, string] {
  let len = 0;
  while (isDigit(s[len])) len++;
  if (len === 0) {
    if (s.length === 0) throw new SemverError(`unexpected end of input while parsing ${pos}`);
    throw new SemverError(`unexpected character ${quoted(s[0])} while parsing ${pos}`);
  }
  if (len > 1 && s[0] === '0') throw new SemverError(`invalid leading zero in ${pos}`);
  const n = BigInt(s.slice(0, len));
  if (n > U64_MAX) throw new SemverError(`value of ${pos} exceeds u64::MAX`);
  return [n, s.slice(len)];
}

/** Dot-separated `[0-9A-Za-z-]+` segments; numeric pre-release segments may not have a leading zero. */
function identifier(s: string, pos: Position): [string, string] {
  let acc = 0;
  for (;;) {
    let seg = 0;
    let nonDigit = false;
    for (;;) {
      const c = s[acc + seg];
      if (c === undefined || !/[0-9A-Za-z-]/.test(c)) break;
      if (!isDigit(c)) nonDigit = true;
      seg++;
    }
    const boundary = s[acc + seg];
    if (seg === 0) {
      if (acc === 0 && boundary !== '.') return ['', s];
      throw new SemverError(`empty identifier segment in ${pos}`);
    }
    if (pos === 'pre-release identifier' && seg > 1 && !nonDigit && s[acc] === '0') {
      throw new SemverError(`invalid leading zero in ${pos}`);
    }
    acc += seg;
    if (boundary !== '.') return [s.slice(0, acc), s.slice(acc)];
    acc++;
  }
}

function nonEmptyIdentifier(s: string, pos: Position): [string, string] {
  const [id, rest] = identifier(s, pos);
  if (id === '') throw new SemverError(`empty identifier segment in ${pos}`);
  return [id, rest];
}

function parseVersionInner(s: string): Version {
  if (s === '') throw new SemverError('empty string, expected a semver version');
  const dot = (t: string, pos: Position): string => {
    if (t.startsWith('.')) return t.slice(1);
    if (t === '') throw new SemverError(`unexpected end of input while parsing ${pos}`);
    throw new SemverError(`unexpected character ${quoted(t[0])} after ${pos}`);
  };
  let [major, t] = numericIdentifier(s, 'major version number');
  t = dot(t, 'major version number');
  let minor: bigint;
  [minor, t] = numericIdentifier(t, 'minor version number');
  t = dot(t, 'minor version number');
  let patch: bigint;
  [patch, t] = numericIdentifier(t, 'patch version number');
  let pre = '';
  let build = '';
  let pos: Position = 'patch version number';
  if (t.startsWith('-')) {
    pos = 'pre-release identifier';
    [pre, t] = nonEmptyIdentifier(t.slice(1), pos);
  }
  if (t.startsWith('+')) {
    pos = 'build metadata';
    [build, t] = nonEmptyIdentifier(t.slice(1), pos);
  }
  if (t !== '') throw new SemverError(`unexpected character ${quoted(t[0])} after ${pos}`);
  return { major, minor, patch, pre, build };
}

/**
 * Parses a strict semver version (`MAJOR.MINOR.PATCH[-pre][+build]`), as
 * `semver::Version::parse`: no `v` prefix, no partial versions, no leading zeros.
 */
export function parseVersion(s: string, loc?: Location, kind: ErrorKind = 'manifest'): Version {
  try {
    return parseVersionInner(s);
  } catch (e) {
    if (e instanceof SemverError) throw new CargoError(kind, `invalid version \`${s}\`: ${e.message}`, loc);
    throw e;
  }
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.pre ? `-${v.pre}` : ''}${v.build ? `+${v.build}` : ''}`;
}

/** `Ord for Prerelease`: no pre-release sorts after any pre-release. */
export function comparePrerelease(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i];
    const y = bs[i];
    const xn = /^[0-9]+$/.test(x);
    const yn = /^[0-9]+$/.test(y);
    let c: number;
    if (xn && yn) c = x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
    else if (xn !== yn) c = xn ? -1 : 1;
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return Math.sign(c);
  }
  return Math.sign(as.length - bs.length);
}

const isWildcard = (c: string | undefined): boolean => c === '*' || c === 'x' || c === 'X';

function parseOp(s: string): [Op, string] {
  if (s.startsWith('>=')) return ['GreaterEq', s.slice(2)];
  if (s.startsWith('<=')) return ['LessEq', s.slice(2)];
  switch (s[0]) {
    case '=': return ['Exact', s.slice(1)];
    case '>': return ['Greater', s.slice(1)];
    case '<': return ['Less', s.slice(1)];
    case '~': return ['Tilde', s.slice(1)];
    case '^': return ['Caret', s.slice(1)];
    default: return ['Caret', s];
  }
}

// Only spaces, like the semver crate: a tab is an unexpected character.
const trimSpaces = (s: string): string => s.replace(/^ +/, '');

function parseComparator(input: string): [Comparator, Position, string] {
  let [op, t] = parseOp(input);
  const defaultOp = t.length === input.length;
  t = trimSpaces(t);
  let pos: Position = 'major version number';
  let major: bigint;
  [major, t] = numericIdentifier(t, pos);
  let minor: bigint | undefined;
  let patch: bigint | undefined;
  let hasWildcard = false;
  if (t.startsWith('.')) {
    t = t.slice(1);
    pos = 'minor version number';
    if (isWildcard(t[0])) {
      hasWildcard = true;
      if (defaultOp) op = 'Wildcard';
      t = t.slice(1);
    } else {
      [minor, t] = numericIdentifier(t, pos);
    }
  }
  if (t.startsWith('.')) {
    t = t.slice(1);
    pos = 'patch version number';
    if (isWildcard(t[0])) {
      if (defaultOp) op = 'Wildcard';
      t = t.slice(1);
    } else if (hasWildcard) {
      throw new SemverError('unexpected character after wildcard in version req');
    } else {
      [patch, t] = numericIdentifier(t, pos);
    }
  }
  let pre = '';
  if (patch !== undefined && t.startsWith('-')) {
    pos = 'pre-release identifier';
    [pre, t] = nonEmptyIdentifier(t.slice(1), pos);
  }
  // Build metadata is accepted and dropped: it never takes part in matching.
  if (patch !== undefined && t.startsWith('+')) {
    pos = 'build metadata';
    [, t] = nonEmptyIdentifier(t.slice(1), pos);
  }
  return [{ op, major, minor, patch, pre }, pos, trimSpaces(t)];
}

const MAX_COMPARATORS = 32;

function parseReqInner(text: string): Comparator[] {
  let t = trimSpaces(text);
  if (isWildcard(t[0])) {
    const rest = trimSpaces(t.slice(1));
    if (rest === '') return [];
    if (rest.startsWith(',')) throw new SemverError(`wildcard req (${t[0]}) must be the only comparator in the version req`);
    throw new SemverError('unexpected character after wildcard in version req');
  }
  const out: Comparator[] = [];
  for (;;) {
    let parsed: [Comparator, Position, string];
    try {
      parsed = parseComparator(t);
    } catch (e) {
      const rest = trimSpaces(t.slice(1));
      if (e instanceof SemverError && isWildcard(t[0]) && (rest === '' || rest.startsWith(','))) {
        throw new SemverError(`wildcard req (${t[0]}) must be the only comparator in the version req`);
      }
      throw e;
    }
    const [cmp, pos, rest] = parsed;
    out.push(cmp);
    if (rest === '') return out;
    if (!rest.startsWith(',')) throw new SemverError(`expected comma after ${pos}, found ${quoted(rest[0])}`);
    if (out.length === MAX_COMPARATORS) throw new SemverError('excessive number of version comparators');
    t = trimSpaces(rest.slice(1));
  }
}

function matchesExact(c: Comparator, v: Version): boolean {
  if (v.major !== c.major) return false;
  if (c.minor !== undefined && v.minor !== c.minor) return false;
  if (c.patch !== undefined && v.patch !== c.patch) return false;
  return v.pre === c.pre;
}

/** `sign` 1 for `>`, -1 for `<`; a missing minor/patch makes the boundary version itself not match. */
function matchesOrdered(c: Comparator, v: Version, sign: 1 | -1): boolean {
  const beyond = (a: bigint, b: bigint): boolean => (sign === 1 ? a > b : a < b);
  if (v.major !== c.major) return beyond(v.major, c.major);
  if (c.minor === undefined) return false;
  if (v.minor !== c.minor) return beyond(v.minor, c.minor);
  if (c.patch === undefined) return false;
  if (v.patch !== c.patch) return beyond(v.patch, c.patch);
  return comparePrerelease(v.pre, c.pre) * sign > 0;
}

function matchesTilde(c: Comparator, v: Version): boolean {
  if (v.major !== c.major) return false;
  if (c.minor !== undefined && v.minor !== c.minor) return false;
  if (c.patch !== undefined && v.patch !== c.patch) return v.patch > c.patch;
  return comparePrerelease(v.pre, c.pre) >= 0;
}

function matchesCaret(c: Comparator, v: Version): boolean {
  if (v.major !== c.major) return false;
  if (c.minor === undefined) return true;
  if (c.patch === undefined) return c.major > 0n ? v.minor >= c.minor : v.minor === c.minor;
  if (c.major > 0n) {
    if (v.minor !== c.minor) return v.minor > c.minor;
    if (v.patch !== c.patch) return v.patch > c.patch;
  } else if (c.minor > 0n) {
    if (v.minor !== c.minor) return false;
    if (v.patch !== c.patch) return v.patch > c.patch;
  } else if (v.minor !== c.minor || v.patch !== c.patch) {
    return false;
  }
  return comparePrerelease(v.pre, c.pre) >= 0;
}

export function comparatorMatches(c: Comparator, v: Version): boolean {
  switch (c.op) {
    case 'Exact':
    case 'Wildcard':
      return matchesExact(c, v);
    case 'Greater':
      return matchesOrdered(c, v, 1);
    case 'GreaterEq':
      return matchesExact(c, v) || matchesOrdered(c, v, 1);
    case 'Less':
      return matchesOrdered(c, v, -1);
    case 'LessEq':
      return matchesExact(c, v) || matchesOrdered(c, v, -1);
    case 'Tilde':
      return matchesTilde(c, v);
    case 'Caret':
      return matchesCaret(c, v);
  }
}

/** A pre-release is only eligible when a comparator opts in on the very same `major.minor.patch`. */
function preIsCompatible(c: Comparator, v: Version): boolean {
  return c.major === v.major && c.minor === v.minor && c.patch === v.patch && c.pre !== '';
}

const OP_PREFIX: Record<Op, string> = {
  Exact: '=', Greater: '>', GreaterEq: '>=', Less: '<', LessEq: '<=', Tilde: '~', Caret: '^', Wildcard: '',
};

export function formatComparator(c: Comparator): string {
  let s = `${OP_PREFIX[c.op]}${c.major}`;
  if (c.minor !== undefined) {
    s += `.${c.minor}`;
    if (c.patch !== undefined) s += `.${c.patch}${c.pre ? `-${c.pre}` : ''}`;
    else if (c.op === 'Wildcard') s += '.*';
  } else if (c.op === 'Wildcard') {
    s += '.*';
  }
  return s;
}

/** `semver::VersionReq` (what Cargo's `OptVersionReq::Req` wraps): comparators that must all match. */
export class VersionReq {
  /** `*`: matches every version without a pre-release. */
  static readonly STAR = new VersionReq([]);

  private constructor(readonly comparators: readonly Comparator[]) {}

  /**
   * Parses a dependency's `version` as Cargo does. `dependency` only
   * improves the error message.
   */
  static parse(s: string, loc?: Where, dependency?: string): VersionReq {
    try {
      return new VersionReq(parseReqInner(s));
    } catch (e) {
      if (!(e instanceof SemverError)) throw e;
      const forDep = dependency ? ` for dependency \`${dependency}\`` : '';
      throw new CargoError('manifest', `failed to parse the version requirement \`${s}\`${forDep}: ${e.message}`, resolveWhere(loc));
    }
  }

  /** Accepts a version string (parsed strictly; bad input is a CargoError) or a parsed `Version`. */
  matches(version: string | Version): boolean {
    const v = typeof version === 'string' ? parseVersion(version) : version;
    if (!this.comparators.every((c) => comparatorMatches(c, v))) return false;
    if (v.pre === '') return true;
    return this.comparators.some((c) => preIsCompatible(c, v));
  }

  /** Canonical form, as cargo prints it: `1.2` shows as `^1.2`, `x` as `*`. */
  toString(): string {
    return this.comparators.length === 0 ? '*' : this.comparators.map(formatComparator).join(', ');
  }
}
