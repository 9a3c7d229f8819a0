import { CargoError, type Location } from '../../util/errors.js';
import { SourceId } from '../source_id.js';

/**
 * Cargo's `EncodableSourceId`: a `source = "..."` string of Cargo.lock plus
 * the parsed `SourceId` used to compare and order it.
 */
export interface EncodableSourceId {
  raw: string;
  id: SourceId;
}

export function parseEncodableSourceId(raw: string, loc?: Location): EncodableSourceId {
  try {
    return { raw, id: SourceId.parseLockfileSource(raw, loc) };
  } catch (e) {
    if (e instanceof CargoError) throw new CargoError('lockfile', e.message, loc);
    throw e;
  }
}

// cargo's hand-written `Ord for SourceKind`: git sorts last.
const KIND_ORDER: Record<string, number> = {
  path: 0,
  registry: 1,
  sparse: 2,
  'local-registry': 3,
  directory: 4,
  git: 5,
};
// derived `Ord for GitReference`: declaration order.
const REF_ORDER: Record<string, number> = { tag: 0, branch: 1, rev: 2, default: 3 };

/** cargo's `Ord for SourceId`: kind (with git ref), then URL (canonical URL for git). */
export function compareSourceIds(a: SourceId, b: SourceId): number {
  const k = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (k !== 0) return k;
  if (a.kind === 'git') {
    const ra = a.gitReference ?? { kind: 'default' };
    const rb = b.gitReference ?? { kind: 'default' };
    const r = REF_ORDER[ra.kind] - REF_ORDER[rb.kind];
    if (r !== 0) return r;
    if (ra.kind !== 'default' && rb.kind !== 'default') {
      const n = compareBytes(ra.name, rb.name);
      if (n !== 0) return n;
    }
    return compareBytes(a.canonicalUrl(), b.canonicalUrl());
  }
  return compareBytes(a.url, b.url);
}

/** Rust's `Ord for str`: by UTF-8 bytes, not UTF-16 code units. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Same source as cargo's `SourceId` equality: precise ignored. */
export function sameSource(a: SourceId, b: SourceId, lockfileVersion: number): boolean {
  return sourceKey(a, lockfileVersion) === sourceKey(b, lockfileVersion);
}

function sourceKey(id: SourceId, lockfileVersion: number): string {
  // v1/v2 wrote `branch=master` edges as the default branch.
  const ref = id.gitReference;
  if (lockfileVersion <= 2 && ref?.kind === 'branch' && ref.name === 'master') {
    return SourceId.forGit(id.url).key();
  }
  return id.key();
}

/**
 * The `source` string cargo writes for this lockfile version. v4 form-encodes
 * git refs, so we re-render it; v3 and older print the ref as cargo got it
 * from the manifest; an unencoded lockfile ref is that string, so keep it as written.
 */
export function encodeSourceId(src: EncodableSourceId, version: number, withoutPrecise: boolean): string {
  const { id } = src;
  if (id.kind !== 'git') return id.toLockfileString();
  if (version >= 4) {
    const v = withoutPrecise ? id.withPrecise(undefined) : id;
    return v.toLockfileString({ encodeGitRef: true });
  }
  // A `%` in the query means form-encoded (a v4 file converted down): print the decoded ref.
  const query = src.raw.indexOf('?');
  if (query >= 0 && src.raw.slice(query).includes('%')) {
    return (withoutPrecise ? id.withPrecise(undefined) : id).toLockfileString({ encodeGitRef: false });
  }
  let raw = src.raw;
  if (withoutPrecise && id.precise !== undefined) raw = raw.slice(0, raw.lastIndexOf('#'));
  // encodable_package_id: in v1/v2, `branch=master` edges become the default branch.
  if (withoutPrecise && version <= 2 && id.gitReference?.kind === 'branch' && id.gitReference.name === 'master') {
    raw = raw.slice(0, raw.indexOf('?'));
  }
  return raw;
}
