// A published crate's unpacked source, as Debian installs it under
// /usr/share/cargo/registry/<name>-<version>/, read through its normalised
// Cargo.toml.
import fs from 'node:fs';
import path from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { CargoError } from '../../src/cargo/util/errors.js';

export const DEBIAN_REGISTRY_DIR = '/usr/share/cargo/registry';

export type DepKind = 'normal' | 'dev' | 'build';

export interface ManifestDependency {
  /** The name used in the TOML (the rename, if any). */
  name: string;
  /** The real crate name. */
  package: string;
  req: string;
  features: string[];
  optional: boolean;
  defaultFeatures: boolean;
  target: string | null;
  kind: DepKind;
}

export interface CrateSource {
  /** Directory holding the unpacked crate; absent for generated crates. */
  dir?: string;
  name: string;
  version: string;
  deps: ManifestDependency[];
  features: Record<string, string[]>;
  links?: string;
  rustVersion?: string;
}

type Table = Record<string, unknown>;

const DEP_TABLES: [string, DepKind][] = [
  ['dependencies', 'normal'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
  ['build-dependencies', 'build'],
  ['build_dependencies', 'build'],
];

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function stringList(v: unknown, file: string, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    throw new CargoError('manifest', `${what} must be an array of strings`, { file });
  }
  return v as string[];
}

function readDep(name: string, spec: unknown, kind: DepKind, target: string | null, file: string): ManifestDependency {
  if (typeof spec === 'string') {
    return { name, package: name, req: spec, features: [], optional: false, defaultFeatures: true, target, kind };
  }
  if (!isTable(spec)) throw new CargoError('manifest', `dependency \`${name}\` must be a string or a table`, { file });
  const version = spec.version ?? '*';
  if (typeof version !== 'string') throw new CargoError('manifest', `dependency \`${name}\` has a non-string version`, { file });
  const dflt = spec['default-features'] ?? spec['default_features'] ?? true;
  return {
    name,
    package: typeof spec.package === 'string' ? spec.package : name,
    req: version,
    features: stringList(spec.features, file, `dependency \`${name}\` features`),
    optional: spec.optional === true,
    defaultFeatures: dflt !== false,
    target,
    kind,
  };
}

function readDepTables(t: Table, target: string | null, file: string): ManifestDependency[] {
  const out: ManifestDependency[] = [];
  for (const [key, kind] of DEP_TABLES) {
    const deps = t[key];
    if (deps === undefined) continue;
    if (!isTable(deps)) throw new CargoError('manifest', `\`${key}\` must be a table`, { file });
    for (const [name, spec] of Object.entries(deps)) out.push(readDep(name, spec, kind, target, file));
  }
  return out;
}

/** Reads name, version, dependencies and features from a normalised Cargo.toml. */
export function parseCrateManifest(text: string, file: string): CrateSource {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (e) {
    if (e instanceof TomlError) {
      throw new CargoError('manifest', e.message.split('\n')[0], { file, line: e.line, col: e.column });
    }
    throw e;
  }
  const pkg = doc.package;
  if (!isTable(pkg) || typeof pkg.name !== 'string' || typeof pkg.version !== 'string') {
    throw new CargoError('manifest', 'missing `package.name` or `package.version`', { file });
  }
  const deps = readDepTables(doc, null, file);
  if (doc.target !== undefined) {
    if (!isTable(doc.target)) throw new CargoError('manifest', '`target` must be a table', { file });
    for (const [cfg, t] of Object.entries(doc.target)) {
      if (isTable(t)) deps.push(...readDepTables(t, cfg, file));
    }
  }
  const features: Record<string, string[]> = {};
  if (doc.features !== undefined) {
    if (!isTable(doc.features)) throw new CargoError('manifest', '`features` must be a table', { file });
    for (const [f, v] of Object.entries(doc.features)) features[f] = stringList(v, file, `feature \`${f}\``);
  }
  return {
    name: pkg.name,
    version: pkg.version,
    deps,
    features,
    links: typeof pkg.links === 'string' ? pkg.links : undefined,
    rustVersion: typeof pkg['rust-version'] === 'string' ? pkg['rust-version'] : undefined,
  };
}

export function readCrateSource(dir: string): CrateSource {
  const file = path.join(dir, 'Cargo.toml');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CargoError('io', `cannot read ${file}: ${(e as Error).message}`, { file });
  }
  return { ...parseCrateManifest(text, file), dir };
}

/** Every `<name>-<version>/Cargo.toml` under `root`, sorted by directory name. */
export function listCrateSources(root: string = DEBIAN_REGISTRY_DIR): CrateSource[] {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch (e) {
    throw new CargoError('io', `cannot list ${root}: ${(e as Error).message}`, { file: root });
  }
  return names
    .sort()
    .map((n) => path.join(root, n))
    .filter((d) => fs.existsSync(path.join(d, 'Cargo.toml')))
    .map(readCrateSource);
}
