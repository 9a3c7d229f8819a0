import { CargoError } from '../util/errors.js';
import { type CargoVersion, usesStableHash } from '../util/cargo_version.js';
import { LegacySipHasher, StableHasher, shortHash } from '../util/hasher.js';
import { canonicalizeUrl, lastPathSegment, parseUrl } from './canonical_url.js';
import { SOURCE_KIND_DISCRIMINANT, SourceId } from './source_id.js';

/*
 * Directory names cargo derives from a SourceId under CARGO_HOME:
 *   registry/{index,cache,src}/<registryDirName>
 *   git/db/<gitIdent>, git/checkouts/<gitIdent>/<short id>
 */

function hasherFor(v: CargoVersion): StableHasher | LegacySipHasher {
  return usesStableHash(v) ? new StableHasher() : new LegacySipHasher();
}

/**
 * cargo's `short_hash(&source_id)`. Cargo >= 1.85 hashes the canonical URL
 * for every kind; older cargo hashed the raw URL for everything but git.
 * (Older git SourceIds also hashed their GitReference; no directory uses that.)
 */
export function sourceIdHash(id: SourceId, v: CargoVersion): string {
  const h = hasherFor(v).writeDiscriminant(SOURCE_KIND_DISCRIMINANT[id.kind]);
  const hashesCanonical = usesStableHash(v) || id.kind === 'git';
  h.writeStr(hashesCanonical ? id.canonicalUrl() : id.url);
  return shortHash(h.finish());
}

/** `<host>-<hash>` for a remote registry: host without port, empty for file://. */
export function registryDirName(id: SourceId, v: CargoVersion): string {
  if (!id.isRegistry()) {
    throw new CargoError('usage', `\`${id.toLockfileString()}\` is not a remote registry`);
  }
  return `${new URL(id.url).hostname}-${sourceIdHash(id, v)}`;
}

/** `<last segment of the canonical URL, or _empty>-<hash of the canonical URL>`. */
export function gitIdent(source: string | SourceId, v: CargoVersion): string {
  const canonical = canonicalizeUrl(typeof source === 'string' ? parseUrl(source) : new URL(source.url));
  const segment = lastPathSegment(canonical) || '_empty';
  return `${segment}-${shortHash(hasherFor(v).writeStr(canonical.href).finish())}`;
}
