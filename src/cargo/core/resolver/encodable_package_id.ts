import semver from 'semver';
import type { EncodableDependency } from './encode.js';
import { CargoError, type Location } from '../../util/errors.js';
import { compareBytes, compareSourceIds, parseEncodableSourceId, type EncodableSourceId } from './encodable_source_id.js';

/** A dependency edge as written in `dependencies = [...]`: `name[ version[ (source)]]`. */
export interface EncodablePackageId {
  name: string;
  version?: string;
  source?: EncodableSourceId;
}

/** cargo's `FromStr for EncodablePackageId` (`splitn(3, ' ')`). */
export function parseEncodablePackageId(s: string, loc?: Location): EncodablePackageId {
  const first = s.indexOf(' ');
  const name = first < 0 ? s : s.slice(0, first);
  if (name === '') throw new CargoError('lockfile', `invalid serialized PackageId \`${s}\``, loc);
  if (first < 0) return { name };
  const rest = s.slice(first + 1);
  const second = rest.indexOf(' ');
  const version = second < 0 ? rest : rest.slice(0, second);
  if (second < 0) return { name, version };
  const src = rest.slice(second + 1);
  if (!src.startsWith('(') || !src.endsWith(')') || src.length < 2) {
    throw new CargoError('lockfile', `invalid serialized PackageId \`${s}\``, loc);
  }
  return { name, version, source: parseEncodableSourceId(src.slice(1, -1), loc) };
}

/** A `dependencies` / `replace` string as the model keeps it (source left as written). */
export function parseDependency(raw: string, loc: Location & { line: number }): EncodableDependency {
  const id = parseEncodablePackageId(raw, loc);
  return { name: id.name, version: id.version, source: id.source?.raw, raw, line: loc.line };
}

/** `Display for EncodablePackageId`, with the source already rendered. */
export function formatEncodablePackageId(name: string, version?: string, source?: string): string {
  let out = name;
  if (version !== undefined) out += ` ${version}`;
  if (source !== undefined) out += ` (${source})`;
  return out;
}

/**
 * Derived `Ord for EncodablePackageId`, used to sort `dependencies`: name,
 * then version *as a string* (so "10.0.0" < "2.0.0"), then source; a missing
 * part sorts first.
 */
export function compareEncodablePackageIds(a: EncodablePackageId, b: EncodablePackageId): number {
  return (
    compareBytes(a.name, b.name) ||
    compareOptional(a.version, b.version, compareBytes) ||
    compareOptional(a.source, b.source, (x, y) => compareSourceIds(x.id, y.id))
  );
}

function compareOptional<T>(a: T | undefined, b: T | undefined, cmp: (a: T, b: T) => number): number {
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  return cmp(a, b);
}

/** `Ord for PackageId`, used to sort `[[package]]`: name, semver version, source (path first). */
export function comparePackageIds(a: EncodablePackageId, b: EncodablePackageId): number {
  return (
    compareBytes(a.name, b.name) ||
    compareVersions(a.version ?? '0.0.0', b.version ?? '0.0.0') ||
    compareOptional(a.source, b.source, (x, y) => compareSourceIds(x.id, y.id))
  );
}

function compareVersions(a: string, b: string): number {
  if (a === b) return 0;
  // semver::Version's Ord includes build metadata, like node-semver's compareBuild.
  return semver.compareBuild(a, b);
}

// semver.org's grammar; node-semver alone would also accept `v1.0.0` and `=1.0.0`.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isSemverVersion(v: string): boolean {
  return SEMVER.test(v);
}
