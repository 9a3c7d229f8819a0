/**
 * Cargo.toml reading: the parts of Cargo's `util/toml` that decide what a
 * package depends on. Build targets, lints, profiles and metadata are not
 * read.
 */
import * as path from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { MAX_MANIFEST_BYTES, readText } from '../util/paths.js';
import { CargoError, resolveWhere, type Location, type Where } from '../util/errors.js';
import { TomlLocator } from '../util/toml_locate.js';
import {
  checkString,
  checkStringArray,
  isTable,
  pickAlias,
  toDependency,
  tomlTypeName,
  type DepKind,
  type Dependency,
  type DependencyContext,
} from './dependency.js';

type Loc = { file: string; line: number; col: number };

export interface ManifestWarning {
  message: string;
  location: Location;
}

export interface PackageMetadata {
  name: string;
  /** `0.0.0` when absent (allowed since Cargo 1.75). */
  version: string;
  edition?: string;
  links?: string;
  publish?: boolean | string[];
  resolver?: string;
  /** `package.workspace`: explicit path to the workspace root's directory. */
  workspace?: string;
  location: Loc;
}

export interface WorkspaceConfig {
  members: string[];
  exclude: string[];
  defaultMembers?: string[];
  resolver?: string;
  /** `[workspace.dependencies]` as written; string shorthand becomes `{ version }`. */
  dependencies: Record<string, Record<string, unknown>>;
  /** `[workspace.package]` as written. */
  package: Record<string, unknown>;
  location: Loc;
  /** `dependencies`, converted, with paths made absolute against the root. */
  inheritableDependencies: Record<string, Dependency>;
}

export interface Manifest {
  file: string;
  dir: string;
  package?: PackageMetadata;
  /** All kinds and targets, flattened, in file order of sections. */
  dependencies: Dependency[];
  features: Record<string, string[]>;
  workspace?: WorkspaceConfig;
  /** Keyed by `crates-io`, a URL or a registry name. */
  patch: Record<string, Dependency[]>;
  replace: { spec: string; dep: Dependency }[];
  isVirtual: boolean;
  warnings: ManifestWarning[];
  /** Where keys are in the manifest's text: a scan, done only when a location is reported. */
  positions: ManifestPositions;
}

export interface ParseManifestOptions {
  /** Root manifest for `workspace = true`; a function is only called when something inherits. */
  workspaceRoot?: Manifest | (() => Manifest | undefined);
}

/**
 * Key positions of one manifest, computed on first use. Lazy locations hold
 * this (file and text only), not the parsed document or the loader.
 */
export class ManifestPositions {
  private loc?: TomlLocator;

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {}

  private get locator(): TomlLocator {
    return (this.loc ??= new TomlLocator(this.text));
  }

  at(keyPath: readonly string[]): Loc {
    const { line, col } = this.locator.locate(keyPath);
    return { file: this.file, line, col };
  }

  /** `at`, bound, without capturing whoever asks. */
  atFn(): (keyPath: readonly string[]) => Loc {
    return (keyPath) => this.at(keyPath);
  }
}

/** A manifest's TOML before interpretation; enough to look for `[workspace]`. */
export class RawManifest {
  readonly dir: string;
  readonly positions: ManifestPositions;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly doc: Record<string, unknown>,
  ) {
    this.dir = path.dirname(file);
    this.positions = new ManifestPositions(file, text);
  }

  at(keyPath: readonly string[]): Loc {
    return this.positions.at(keyPath);
  }
}

export function readRawManifest(file: string, text?: string): RawManifest {
  const abs = path.resolve(file);
  let src = text;
  if (src === undefined) src = readText(abs, 'manifest', MAX_MANIFEST_BYTES, 'manifest');
  else if (src.length > MAX_MANIFEST_BYTES) {
    throw new CargoError('manifest', `manifest is ${(src.length / (1 << 20)).toFixed(1)} MiB; files over ${MAX_MANIFEST_BYTES >> 20} MiB are refused`, { file: abs });
  }
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  let doc: Record<string, unknown>;
  try {
    doc = parse(src) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      const msg = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
      throw new CargoError('manifest', `failed to parse manifest: ${msg}`, { file: abs, line: e.line, col: e.column });
    }
    throw new CargoError('manifest', `failed to parse manifest: ${String(e)}`, { file: abs });
  }
  return new RawManifest(abs, src, doc);
}

export function parseManifest(file: string, text?: string, opts: ParseManifestOptions = {}): Manifest {
  return manifestFromRaw(readRawManifest(file, text), opts);
}

const DEP_SECTIONS: [DepKind, string, string][] = [
  ['normal', 'dependencies', 'dependencies'],
  ['dev', 'dev-dependencies', 'dev_dependencies'],
  ['build', 'build-dependencies', 'build_dependencies'],
];
const EDITIONS = ['2015', '2018', '2021', '2024'];
const RESOLVERS = ['1', '2', '3'];
// Package fields that may be `{ workspace = true }`.
const INHERITABLE_PACKAGE_FIELDS = [
  'version', 'authors', 'description', 'documentation', 'readme', 'homepage', 'repository', 'license',
  'license-file', 'keywords', 'categories', 'edition', 'rust-version', 'exclude', 'include', 'publish',
];
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const PACKAGE_NAME = /^[\p{XID_Start}_][\p{XID_Continue}-]*$/u;

export function manifestFromRaw(raw: RawManifest, opts: ParseManifestOptions = {}): Manifest {
  const { file, doc } = raw;
  const at = raw.positions.atFn();
  const warnings: ManifestWarning[] = [];
  const warn = (message: string, location: Location) => warnings.push({ message, location });

  const pkgKey = doc.package !== undefined ? 'package' : doc.project !== undefined ? 'project' : undefined;
  const workspace = doc.workspace !== undefined ? readWorkspaceConfig(raw, warn) : undefined;
  if (pkgKey === undefined && workspace === undefined) {
    throw new CargoError('manifest', 'manifest is missing either a `[package]` or a `[workspace]`', { file });
  }

  // A root inherits from itself; anything else from the root it was given.
  let root: { ws: WorkspaceConfig; file: string } | undefined | null = null;
  const findRoot = () => {
    if (root === null) {
      const r = workspace ? undefined : typeof opts.workspaceRoot === 'function' ? opts.workspaceRoot() : opts.workspaceRoot;
      root = workspace ? { ws: workspace, file } : r?.workspace ? { ws: r.workspace, file: r.file } : undefined;
    }
    return root;
  };
  const requireRoot = (what: string, where: Where) => {
    const r = findRoot();
    if (!r) throw new CargoError('manifest', `${what} has \`workspace = true\`, but no workspace root manifest was found`, resolveWhere(where));
    return r;
  };

  const inherit = (name: string, where: Where): Dependency => {
    const r = requireRoot(`dependency \`${name}\``, where);
    const d = Object.hasOwn(r.ws.inheritableDependencies, name) ? r.ws.inheritableDependencies[name] : undefined;
    if (!d) {
      throw new CargoError(
        'manifest',
        `error inheriting \`${name}\` from workspace root manifest's \`workspace.dependencies.${name}\`: not defined in ${r.file}`,
        resolveWhere(where),
      );
    }
    return d;
  };

  const cx: DependencyContext = { file, baseDir: raw.dir, at, warn, inherit };
  const isVirtual = pkgKey === undefined;
  const pkg = pkgKey !== undefined ? readPackage(raw, pkgKey, (field, where) => {
    const r = requireRoot(`\`package.${field}\``, where);
    if (!Object.hasOwn(r.ws.package, field)) {
      throw new CargoError(
        'manifest',
        `error inheriting \`${field}\` from workspace root manifest's \`workspace.package.${field}\`: not defined in ${r.file}`,
        resolveWhere(where),
      );
    }
    return r.ws.package[field];
  }) : undefined;

  const dependencies: Dependency[] = [];
  const readSections = (table: Record<string, unknown>, prefix: string[], target?: string) => {
    for (const [kind, hyphen, underscore] of DEP_SECTIONS) {
      const key = pickAlias(cx, table, hyphen, underscore, prefix, (k) => (table[k] === undefined ? undefined : k));
      if (key === undefined) continue;
      const section = table[key];
      const kp = [...prefix, key];
      if (isVirtual) throw virtualError(kp.join('.'), at(kp));
      if (!isTable(section)) throw typeError(kp.join('.'), section, 'a table', at(kp));
      for (const [name, spec] of Object.entries(section)) {
        dependencies.push(toDependency(cx, name, spec, { kind, target, keyPath: [...kp, name] }));
      }
    }
  };
  readSections(doc, []);
  if (doc.target !== undefined) {
    if (isVirtual) throw virtualError('target', at(['target']));
    if (!isTable(doc.target)) throw typeError('target', doc.target, 'a table', at(['target']));
    for (const [target, t] of Object.entries(doc.target)) {
      if (!isTable(t)) throw typeError(`target.${target}`, t, 'a table', at(['target', target]));
      readSections(t, ['target', target], target);
    }
  }

  const features: Record<string, string[]> = {};
  if (doc.features !== undefined) {
    if (isVirtual) throw virtualError('features', at(['features']));
    if (!isTable(doc.features)) throw typeError('features', doc.features, 'a table', at(['features']));
    for (const name of Object.keys(doc.features)) {
      features[name] = checkStringArray(doc.features, name, () => at(['features', name])) ?? [];
    }
  }

  // `[patch]` and `[replace]` entries are plain dependencies: no inheritance.
  const plain: DependencyContext = { ...cx, inherit: null };
  const patch: Record<string, Dependency[]> = {};
  if (doc.patch !== undefined) {
    if (!isTable(doc.patch)) throw typeError('patch', doc.patch, 'a table', at(['patch']));
    for (const [registry, entries] of Object.entries(doc.patch)) {
      if (!isTable(entries)) throw typeError(`patch.${registry}`, entries, 'a table', at(['patch', registry]));
      patch[registry] = Object.entries(entries).map(([name, spec]) =>
        toDependency(plain, name, spec, { kind: 'normal', keyPath: ['patch', registry, name] }),
      );
    }
  }
  const replace: { spec: string; dep: Dependency }[] = [];
  if (doc.replace !== undefined) {
    if (!isTable(doc.replace)) throw typeError('replace', doc.replace, 'a table', at(['replace']));
    for (const [spec, d] of Object.entries(doc.replace)) {
      replace.push({ spec, dep: toDependency(plain, spec, d, { kind: 'normal', keyPath: ['replace', spec] }) });
    }
  }

  return { file, dir: raw.dir, package: pkg, dependencies, features, workspace, patch, replace, isVirtual, warnings, positions: raw.positions };
}

// Positions are computed on first use (a scan of the manifest), and the
// getters below live in small functions so that what they keep alive is the
// manifest's text, not its parsed TOML or the loader that read it.

function lazyAt(positions: ManifestPositions, keyPath: readonly string[]): () => Loc {
  let loc: Loc | undefined;
  return () => (loc ??= positions.at(keyPath));
}

function packageMetadata(name: string, version: string, location: () => Loc): PackageMetadata {
  return {
    name,
    version,
    get location() {
      return location();
    },
  };
}

function readPackage(
  raw: RawManifest,
  key: string,
  inheritField: (field: string, where: Where) => unknown,
): PackageMetadata {
  const t = raw.doc[key];
  const location = lazyAt(raw.positions, [key]);
  if (!isTable(t)) throw typeError(key, t, 'a table', location());
  const at = (k: string) => raw.at([key, k]);
  const field = (k: string): unknown => {
    const v = t[k];
    if (!isTable(v) || !INHERITABLE_PACKAGE_FIELDS.includes(k)) return v;
    if (v.workspace !== true) throw new CargoError('manifest', `\`${key}.${k}\` must be a value or \`{ workspace = true }\``, at(k));
    return inheritField(k, () => at(k));
  };
  const str = (k: string, v: unknown): string | undefined => {
    if (v === undefined || typeof v === 'string') return v;
    throw typeError(`${key}.${k}`, v, 'a string', at(k));
  };

  const name = str('name', t.name);
  if (name === undefined) throw new CargoError('manifest', `missing field \`name\` in \`[${key}]\``, location());
  if (!PACKAGE_NAME.test(name)) throw new CargoError('manifest', `invalid package name \`${name}\``, at('name'));

  const version = str('version', field('version')) ?? '0.0.0';
  if (!SEMVER.test(version)) {
    throw new CargoError('manifest', `unexpected version \`${version}\` for \`${key}.version\`: expected a semver version like 1.2.3`, at('version'));
  }
  const edition = str('edition', field('edition'));
  if (edition !== undefined && !EDITIONS.includes(edition)) {
    throw new CargoError('manifest', `unknown edition \`${edition}\`: supported editions are ${EDITIONS.join(', ')}`, at('edition'));
  }
  const resolver = str('resolver', t.resolver);
  if (resolver !== undefined && !RESOLVERS.includes(resolver)) throw resolverError(resolver, at('resolver'));
  const publish = field('publish');
  if (publish !== undefined && typeof publish !== 'boolean' && !(Array.isArray(publish) && publish.every((p) => typeof p === 'string'))) {
    throw typeError(`${key}.publish`, publish, 'a boolean or an array of registry names', at('publish'));
  }
  // Inheriting other fields must still find them in the root.
  for (const k of INHERITABLE_PACKAGE_FIELDS) if (k !== 'version' && k !== 'edition' && k !== 'publish') field(k);

  const out = packageMetadata(name, version, location);
  if (edition !== undefined) out.edition = edition;
  const links = str('links', t.links);
  if (links !== undefined) out.links = links;
  if (publish !== undefined) out.publish = publish as boolean | string[];
  if (resolver !== undefined) out.resolver = resolver;
  const ws = str('workspace', t.workspace);
  if (ws !== undefined) out.workspace = ws;
  return out;
}

function readWorkspaceConfig(raw: RawManifest, warn: (m: string, l: Location) => void): WorkspaceConfig {
  const t = raw.doc.workspace;
  const at = (kp: string[]) => raw.at(['workspace', ...kp]);
  if (!isTable(t)) throw typeError('workspace', t, 'a table', at([]));
  const resolver = checkString(t, 'resolver', at(['resolver']));
  if (resolver !== undefined && !RESOLVERS.includes(resolver)) throw resolverError(resolver, at(['resolver']));
  const pkg = t.package ?? {};
  if (!isTable(pkg)) throw typeError('workspace.package', pkg, 'a table', at(['package']));
  const depsRaw = t.dependencies ?? {};
  if (!isTable(depsRaw)) throw typeError('workspace.dependencies', depsRaw, 'a table', at(['dependencies']));

  const cx: DependencyContext = { file: raw.file, baseDir: raw.dir, at: (kp) => raw.at(kp), warn, inherit: null };
  const dependencies: Record<string, Record<string, unknown>> = {};
  const inheritableDependencies: Record<string, Dependency> = {};
  for (const [name, spec] of Object.entries(depsRaw)) {
    const keyPath = ['workspace', 'dependencies', name];
    if (isTable(spec) && spec.workspace !== undefined) {
      throw new CargoError('manifest', `\`workspace.dependencies.${name}\` cannot itself use \`workspace = true\``, raw.at([...keyPath, 'workspace']));
    }
    if (isTable(spec) && spec.optional !== undefined) {
      throw new CargoError('manifest', `${name} is optional, but workspace dependencies cannot be optional`, raw.at([...keyPath, 'optional']));
    }
    dependencies[name] = typeof spec === 'string' ? { version: spec } : (spec as Record<string, unknown>);
    inheritableDependencies[name] = toDependency(cx, name, spec, { kind: 'normal', keyPath });
  }

  const out: WorkspaceConfig = {
    members: checkStringArray(t, 'members', at(['members'])) ?? [],
    exclude: checkStringArray(t, 'exclude', at(['exclude'])) ?? [],
    dependencies,
    package: pkg,
    location: at([]),
    inheritableDependencies,
  };
  const defaultMembers = checkStringArray(t, 'default-members', at(['default-members']));
  if (defaultMembers !== undefined) out.defaultMembers = defaultMembers;
  if (resolver !== undefined) out.resolver = resolver;
  return out;
}

function typeError(key: string, v: unknown, expected: string, location: Location): CargoError {
  return new CargoError('manifest', `invalid type for \`${key}\`: ${tomlTypeName(v)}, expected ${expected}`, location);
}

function virtualError(section: string, location: Location): CargoError {
  return new CargoError('manifest', `this virtual manifest specifies a \`${section}\` section, which is not allowed`, location);
}

function resolverError(v: string, location: Location): CargoError {
  return new CargoError('manifest', `\`resolver\` setting \`${v}\` is not valid, valid options are "1", "2" or "3"`, location);
}
