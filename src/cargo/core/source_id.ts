import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CargoError, type Location } from '../util/errors.js';
import { canonicalizeUrl, parseUrl } from './canonical_url.js';

export type SourceKind = 'git' | 'path' | 'registry' | 'sparse' | 'local-registry' | 'directory';

/** Order of cargo's `enum SourceKind`; the discriminant is part of directory hashes. */
export const SOURCE_KIND_DISCRIMINANT: Readonly<Record<SourceKind, number>> = {
  git: 0,
  path: 1,
  registry: 2,
  sparse: 3,
  'local-registry': 4,
  directory: 5,
};

export type GitReference = { kind: 'branch' | 'tag' | 'rev'; name: string } | { kind: 'default' };

export const CRATES_IO_INDEX = 'https://github.com/rust-lang/crates.io-index';
export const CRATES_IO_HTTP_INDEX = 'sparse+https://index.crates.io/';

export interface LockfileStringOptions {
  /** Lockfile v4 (cargo >= 1.83 default) form-encodes the ref; v3 and older do not. */
  encodeGitRef?: boolean;
}

/**
 * Where a package comes from, as cargo's `SourceId`: a kind plus the URL
 * exactly as cargo stores it (sparse URLs keep their `sparse+` prefix).
 */
export class SourceId {
  private canonical?: string;
  private identity?: string;

  private constructor(
    readonly kind: SourceKind,
    readonly url: string,
    readonly gitReference?: GitReference,
    /** For git: the commit from the lockfile's `#<sha>` fragment. */
    readonly precise?: string,
  ) {}

  static cratesIo(): SourceId {
    return SourceId.forRegistryIndex(CRATES_IO_HTTP_INDEX);
  }

  /** A remote registry index; `sparse+` makes it a sparse registry. */
  static forRegistryIndex(url: string): SourceId {
    const kind: SourceKind = url.startsWith('sparse+') ? 'sparse' : 'registry';
    return SourceId.create(kind, url);
  }

  static forGit(url: string, reference: GitReference = { kind: 'default' }): SourceId {
    return SourceId.create('git', url, { ...reference });
  }

  static forPath(absPath: string): SourceId {
    return new SourceId('path', fileUrl(absPath));
  }

  static forLocalRegistry(absPath: string): SourceId {
    return new SourceId('local-registry', fileUrl(absPath));
  }

  static forDirectory(absPath: string): SourceId {
    return new SourceId('directory', fileUrl(absPath));
  }

  /**
   * Parses a Cargo.lock `source = "..."` value (cargo's `SourceId::from_url`):
   * `registry+URL`, `sparse+URL`, `path+URL`, `git+URL[?branch=|tag=|rev=][#sha]`.
   */
  static parseLockfileSource(source: string, loc?: Location): SourceId {
    const plus = source.indexOf('+');
    if (plus < 0) throw new CargoError('lockfile', `invalid source \`${source}\``, loc);
    const protocol = source.slice(0, plus);
    const rest = source.slice(plus + 1);
    if (!['git', 'registry', 'sparse', 'path'].includes(protocol)) {
      throw new CargoError('lockfile', `unsupported source protocol \`${protocol}\` in \`${source}\``, loc);
    }
    try {
      switch (protocol) {
        case 'git': {
          const url = parseUrl(rest);
          const reference = gitReferenceFromQuery(url.searchParams);
          const precise = rest.includes('#') ? url.hash.slice(1) : undefined;
          url.search = '';
          url.hash = '';
          return SourceId.create('git', url.href, reference, precise);
        }
        case 'registry':
          return SourceId.create('registry', rest);
        case 'sparse':
          return SourceId.create('sparse', source);
        default:
          return SourceId.create('path', rest);
      }
    } catch (e) {
      if (e instanceof CargoError) throw new CargoError('lockfile', `invalid source \`${source}\`: ${e.message}`, loc);
      throw e;
    }
  }

  private static create(kind: SourceKind, rawUrl: string, ref?: GitReference, precise?: string): SourceId {
    const url = parseUrl(rawUrl);
    const id = new SourceId(kind, url.href, kind === 'git' ? (ref ?? { kind: 'default' }) : undefined, precise);
    id.canonicalUrl(); // reject cannot-be-a-base URLs up front, as cargo does
    return id;
  }

  /** The same source pinned to a git commit (or unpinned with `undefined`). */
  withPrecise(precise: string | undefined): SourceId {
    return new SourceId(this.kind, this.url, this.gitReference, precise);
  }

  canonicalUrl(): string {
    this.canonical ??= canonicalizeUrl(new URL(this.url)).href;
    return this.canonical;
  }

  /** Exactly what cargo writes as `source = "..."` in Cargo.lock. */
  toLockfileString(opts: LockfileStringOptions = {}): string {
    switch (this.kind) {
      case 'sparse':
        return this.url; // already carries `sparse+`
      case 'git': {
        let s = `git+${this.url}`;
        const pretty = prettyRef(this.gitReference ?? { kind: 'default' }, opts.encodeGitRef ?? true);
        if (pretty !== undefined) s += `?${pretty}`;
        if (this.precise !== undefined) s += `#${this.precise}`;
        return s;
      }
      default:
        return `${this.kind}+${this.url}`;
    }
  }

  toString(): string {
    return this.toLockfileString();
  }

  isRegistry(): boolean {
    return this.kind === 'registry' || this.kind === 'sparse';
  }

  isSparse(): boolean {
    return this.kind === 'sparse';
  }

  isGit(): boolean {
    return this.kind === 'git';
  }

  isPath(): boolean {
    return this.kind === 'path';
  }

  isCratesIo(): boolean {
    return this.isRegistry() && (this.url === CRATES_IO_INDEX || this.url === CRATES_IO_HTTP_INDEX);
  }

  /** Identity as cargo's `SourceId` equality sees it: kind, git ref, canonical URL; not `precise`. */
  key(): string {
    if (this.identity === undefined) {
      const ref = this.kind === 'git' ? (prettyRef(this.gitReference ?? { kind: 'default' }, true) ?? '') : '';
      this.identity = `${this.kind}:${ref}:${this.canonicalUrl()}`;
    }
    return this.identity;
  }

  equals(other: SourceId): boolean {
    return this.key() === other.key();
  }
}

function fileUrl(absPath: string): string {
  if (!isAbsolute(absPath)) throw new CargoError('url', `path \`${absPath}\` is not absolute`);
  return pathToFileURL(absPath).href;
}

/** cargo's `GitReference::from_query`: the last of branch/ref/tag/rev wins. */
function gitReferenceFromQuery(params: URLSearchParams): GitReference {
  let reference: GitReference = { kind: 'default' };
  for (const [k, v] of params) {
    if (k === 'branch' || k === 'ref') reference = { kind: 'branch', name: v };
    else if (k === 'tag') reference = { kind: 'tag', name: v };
    else if (k === 'rev') reference = { kind: 'rev', name: v };
  }
  return reference;
}

function prettyRef(ref: GitReference, encoded: boolean): string | undefined {
  if (ref.kind === 'default') return undefined;
  return `${ref.kind}=${encoded ? formUrlencode(ref.name) : ref.name}`;
}

/** url's `form_urlencoded::byte_serialize`. */
export function formUrlencode(value: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9*\-._]/.test(c)) out += c;
    else if (b === 0x20) out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}
