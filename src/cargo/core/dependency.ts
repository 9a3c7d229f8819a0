/**
 * One entry of a `[*dependencies]`, `[patch.*]` or `[replace]` table, and
 * the conversion of its TOML form (`TomlDependency` in Cargo) into it.
 */
import * as path from 'node:path';
import { CargoError, resolveWhere, type Location, type Where } from '../util/errors.js';

export type DepKind = 'normal' | 'dev' | 'build';

export type GitReference = { kind: 'branch' | 'tag' | 'rev'; name: string } | { kind: 'default' };

export type DependencySource =
  | { kind: 'registry'; registry?: string /* undefined = crates-io */; registryIndex?: string }
  | { kind: 'git'; url: string; reference: GitReference }
  | { kind: 'path'; path: string /* absolute, normalised */ };

export interface Dependency {
  nameInToml: string; // the key (differs from packageName when renamed)
  packageName: string;
  /** As written; registry deps without one get `*` (as Cargo does); undefined = any. */
  req: string | undefined;
  source: DependencySource;
  kind: DepKind;
  target?: string; // `cfg(unix)` or a triple, under `[target.X.*]`
  optional: boolean;
  defaultFeatures: boolean;
  features: string[];
  public?: boolean;
  location: { file: string; line: number; col: number };
}

/** What converting a dependency needs from the manifest being read. */
export interface DependencyContext {
  file: string;
  /** Relative `path = ...` values resolve against this directory. */
  baseDir: string;
  at(keyPath: readonly string[]): { file: string; line: number; col: number };
  warn(message: string, location: Location): void;
  /**
   * `[workspace.dependencies]` for `workspace = true`; a function so the root
   * is only looked up when some dependency inherits. `null` = inheritance not
   * allowed here (e.g. inside `[workspace.dependencies]` itself or `[patch]`).
   */
  inherit: ((name: string, where: Where) => Dependency) | null;
}

export interface DependencyPlacement {
  kind: DepKind;
  target?: string;
  /** Key path of the dependency's own key, e.g. `['target', 'cfg(unix)', 'dependencies', 'libc']`. */
  keyPath: readonly string[];
}

/** Converts one `name = <spec>` entry. */
export function toDependency(cx: DependencyContext, name: string, raw: unknown, at: DependencyPlacement): Dependency {
  const locate: Locate = { at: cx.at, keyPath: at.keyPath };
  if (typeof raw === 'string') {
    return new ManifestDependency(
      {
        nameInToml: name,
        packageName: name,
        req: raw,
        source: { kind: 'registry' },
        kind: at.kind,
        target: at.target,
        optional: false,
        defaultFeatures: true,
        features: [],
        public: undefined,
      },
      locate,
    );
  }
  const location = () => locate.at(locate.keyPath);
  if (!isTable(raw)) {
    throw new CargoError(
      'manifest',
      `invalid type for dependency \`${name}\`: ${tomlTypeName(raw)}, expected a version string like "0.9.8" or a table`,
      location(),
    );
  }
  const key = (k: string): readonly string[] => [...at.keyPath, k];
  // Locations are only computed for errors: this runs for every dependency of every member.
  const str = (k: string) => checkString(raw, k, () => cx.at(key(k)));
  const bool = (k: string) => checkBool(raw, k, () => cx.at(key(k)));
  const features = checkStringArray(raw, 'features', () => cx.at(key('features'))) ?? [];
  const optional = bool('optional');
  const pub = bool('public');
  const defaultFeatures = pickAlias(cx, raw, 'default-features', 'default_features', at.keyPath, bool);

  if (raw.workspace !== undefined) {
    const inherits = bool('workspace');
    if (inherits !== true) {
      throw new CargoError('manifest', `\`workspace\` for dependency \`${name}\` must be \`true\``, cx.at(key('workspace')));
    }
    if (cx.inherit === null) {
      throw new CargoError('manifest', `dependency \`${name}\` cannot use \`workspace = true\` here`, cx.at(key('workspace')));
    }
    for (const k of Object.keys(raw)) {
      if (!INHERITED_KEYS.has(k)) cx.warn(`unused manifest key: ${[...at.keyPath, k].join('.')} (ignored with \`workspace = true\`)`, cx.at(key(k)));
    }
    const ws = cx.inherit(name, location);
    if (defaultFeatures === false && ws.defaultFeatures) {
      cx.warn(`\`default-features = false\` is ignored for ${name}, since \`default-features\` is not false for \`workspace.dependencies.${name}\``, cx.at(key('default-features')));
    }
    // Cargo: member features add to the workspace's; `optional` and `public` come from the member only.
    return new ManifestDependency(
      {
        nameInToml: name,
        packageName: ws.packageName,
        req: ws.req,
        source: ws.source,
        kind: at.kind,
        target: at.target,
        optional: optional ?? false,
        defaultFeatures: ws.defaultFeatures || defaultFeatures === true,
        features: dedupe([...ws.features, ...features]),
        public: pub,
      },
      locate,
    );
  }

  const packageName = str('package') ?? name;
  const version = str('version');
  const git = str('git');
  const p = str('path');
  const registry = str('registry');
  const registryIndex = str('registry-index');
  const ambiguous = (what: string) =>
    new CargoError('manifest', `dependency (${name}) specification is ambiguous. Only one of ${what} is allowed.`, location());

  let source: DependencySource;
  if (git !== undefined) {
    if (registry !== undefined || registryIndex !== undefined) throw ambiguous('`git` or `registry`');
    if (p !== undefined) throw ambiguous('`git` or `path`');
    source = { kind: 'git', url: checkUrl(git, 'git', () => cx.at(key('git'))), reference: gitReference(name, str, location) };
  } else {
    if (registry !== undefined && registryIndex !== undefined) throw ambiguous('`registry` or `registry-index`');
    for (const k of ['branch', 'tag', 'rev']) {
      if (raw[k] !== undefined) cx.warn(`key \`${k}\` is ignored for dependency (${name}): it only applies to \`git\` dependencies`, cx.at(key(k)));
    }
    if (p !== undefined) source = { kind: 'path', path: path.resolve(cx.baseDir, p) };
    else if (registryIndex !== undefined) source = { kind: 'registry', registryIndex: checkUrl(registryIndex, 'registry-index', () => cx.at(key('registry-index'))) };
    else source = registry !== undefined ? { kind: 'registry', registry } : { kind: 'registry' };
  }

  // cargo 1.95 refuses this in every edition (it used to warn and mean `*`).
  if (version === undefined && git === undefined && p === undefined) {
    throw new CargoError(
      'manifest',
      `dependency (${name}) specified without providing a local path, Git repository, version, or workspace dependency to use`,
      location(),
    );
  }
  return new ManifestDependency(
    {
      nameInToml: name,
      packageName,
      req: version,
      source,
      kind: at.kind,
      target: at.target,
      optional: optional ?? false,
      defaultFeatures: defaultFeatures ?? true,
      features,
      public: pub,
    },
    locate,
  );
}

/** How to find a dependency's position when it is asked for: a scan of the manifest, so never up front. */
interface Locate {
  at: DependencyContext['at'];
  keyPath: readonly string[];
}

/**
 * A Dependency read from a manifest. Its location is computed the first
 * time it is read (a reason or an error reports it), because finding a key's
 * position means scanning the manifest's text.
 */
// The class carries the fields it is given (declared by this interface).
interface ManifestDependency extends Omit<Dependency, 'location'> {}
class ManifestDependency implements Dependency {
  readonly #locate: Locate;
  #located?: Dependency['location'];

  constructor(fields: Omit<Dependency, 'location'>, locate: Locate) {
    Object.assign(this, fields);
    this.#locate = locate;
  }

  get location(): Dependency['location'] {
    return (this.#located ??= this.#locate.at(this.#locate.keyPath));
  }
}

const INHERITED_KEYS = new Set(['workspace', 'features', 'optional', 'default-features', 'default_features', 'public']);

/** Reads `hyphen` or its legacy `under_score` spelling; the hyphenated one wins, as in Cargo. */
export function pickAlias<T>(
  cx: Pick<DependencyContext, 'at' | 'warn'>,
  table: Record<string, unknown>,
  hyphen: string,
  underscore: string,
  keyPath: readonly string[],
  read: (k: string) => T | undefined,
): T | undefined {
  if (hyphen === underscore || table[underscore] === undefined) return read(hyphen);
  if (table[hyphen] !== undefined) {
    cx.warn(`\`${underscore}\` is redundant with \`${hyphen}\`, preferring \`${hyphen}\``, cx.at([...keyPath, underscore]));
    return read(hyphen);
  }
  return read(underscore);
}

function gitReference(name: string, str: (k: string) => string | undefined, location: () => Location): GitReference {
  const refs = (['branch', 'tag', 'rev'] as const).map((kind) => ({ kind, name: str(kind) })).filter((r) => r.name !== undefined);
  if (refs.length > 1) {
    throw new CargoError(
      'manifest',
      `dependency (${name}) specification is ambiguous. Only one of \`branch\`, \`tag\` or \`rev\` is allowed.`,
      location(),
    );
  }
  return refs.length === 1 ? { kind: refs[0].kind, name: refs[0].name as string } : { kind: 'default' };
}

function checkUrl(url: string, key: string, where: Where): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CargoError('manifest', `invalid url \`${url}\` for \`${key}\`: relative URL without a base`, resolveWhere(where));
  }
  if (!/^[a-z][a-z0-9+.-]*:$/i.test(parsed.protocol)) {
    throw new CargoError('manifest', `invalid url \`${url}\` for \`${key}\``, resolveWhere(where));
  }
  return url;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

// Type checks for values smol-toml produced, with Cargo-like messages.

export function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function tomlTypeName(v: unknown): string {
  if (typeof v === 'string') return `string \`${JSON.stringify(v)}\``;
  if (typeof v === 'number') return Number.isInteger(v) ? `integer \`${v}\`` : `float \`${v}\``;
  if (typeof v === 'bigint') return `integer \`${v}\``;
  if (typeof v === 'boolean') return `boolean \`${v}\``;
  if (v instanceof Date) return 'datetime';
  if (Array.isArray(v)) return 'array';
  return 'table';
}

function invalidType(key: string, v: unknown, expected: string, where: Where): CargoError {
  return new CargoError('manifest', `invalid type for \`${key}\`: ${tomlTypeName(v)}, expected ${expected}`, resolveWhere(where));
}

export function checkString(t: Record<string, unknown>, key: string, where: Where): string | undefined {
  const v = t[key];
  if (v === undefined || typeof v === 'string') return v;
  throw invalidType(key, v, 'a string', where);
}

export function checkBool(t: Record<string, unknown>, key: string, where: Where): boolean | undefined {
  const v = t[key];
  if (v === undefined || typeof v === 'boolean') return v;
  throw invalidType(key, v, 'a boolean', where);
}

export function checkStringArray(t: Record<string, unknown>, key: string, where: Where): string[] | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  throw invalidType(key, v, 'an array of strings', where);
}
