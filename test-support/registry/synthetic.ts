// A generated registry of many tiny crates, for scale tests and benchmarks,
// and a large workspace that locks most of them. Everything is derived from
// a seeded PRNG, so the same options give the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { buildCrateArchive } from './crate_archive.js';
import type { CrateSource, ManifestDependency } from './crate_source.js';
import { writeRegistry, type PublishedCrate, type RegistryLayout } from './build_registry.js';

export const SYNTHETIC_PORT = 18932;
export const SYNTHETIC_DL_BASE = `http://127.0.0.1:${SYNTHETIC_PORT}/api/v1/crates`;
export const SYNTHETIC_URL = `sparse+http://127.0.0.1:${SYNTHETIC_PORT}/index/`;
const DEFAULT_COUNT = 1500;
const DEFAULT_SEED = 20240611;

const WORDS = [
  'amber', 'basalt', 'cinder', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'iris', 'jasper',
  'kestrel', 'lumen', 'marble', 'nimbus', 'onyx', 'pylon', 'quartz', 'raven', 'sable', 'tundra',
  'umber', 'vortex', 'willow', 'xenon', 'yarrow', 'zephyr', 'arc', 'bolt', 'crisp', 'drift',
];
const SUFFIXES = ['', '-core', '-util', '-sys', '-io', '-derive', '-types', '-codec'];

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen {
  next: () => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(xs: T[]) => T;
}

function gen(seed: number): Gen {
  const next = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: (xs) => xs[int(0, xs.length - 1)] };
}

// Short names exercise the `1/`, `2/` and `3/x/` index layouts; one
// upper-case name exercises the lowercased index path.
function crateName(i: number): string {
  const special = ['s', 'sy', 'syx', 'Synth-Mixed'];
  if (i < special.length) return special[i];
  return `${WORDS[i % WORDS.length]}${SUFFIXES[Math.floor(i / WORDS.length) % SUFFIXES.length]}-${i}`;
}

function crateVersions(g: Gen): string[] {
  const r = g.next();
  if (r < 0.7) return [g.next() < 0.5 ? `0.${g.int(1, 9)}.${g.int(0, 9)}` : `1.${g.int(0, 9)}.${g.int(0, 9)}`];
  if (r < 0.9) return ['1.0.0', '1.1.0', `1.2.${g.int(0, 5)}`];
  return g.next() < 0.5 ? ['0.9.0', '0.9.3', '1.0.0'] : ['1.4.0', '2.0.0', '2.1.1'];
}

/**
 * A requirement on one of `versions` that the highest version of its semver
 * line also meets, so different dependents never force a conflict.
 */
function requirement(g: Gen, versions: string[]): string {
  const v = g.pick(versions);
  const sv = semver.parse(v)!;
  const lineMax = semver.maxSatisfying(versions, `^${v}`)!;
  const lastMinor = semver.parse(lineMax)!;
  const r = g.next();
  if (r < 0.5) return sv.major > 0 ? `${sv.major}.${sv.minor}` : v;
  if (r < 0.65) return `^${v}`;
  if (r < 0.75 && sv.major > 0) return `>=${v}, <${sv.major + 1}.0.0`;
  if (r < 0.85 && sv.major === lastMinor.major && sv.minor === lastMinor.minor) return `~${sv.major}.${sv.minor}`;
  if (r < 0.9) return `=${lineMax}`;
  if (r < 0.92) return '*';
  return v;
}

export interface SyntheticCrate {
  name: string;
  versions: string[];
  deps: ManifestDependency[];
  features: Record<string, string[]>;
}

function dep(name: string, req: string, extra: Partial<ManifestDependency> = {}): ManifestDependency {
  return { name, package: name, req, features: [], optional: false, defaultFeatures: true, target: null, kind: 'normal', ...extra };
}

/** The synthetic crate graph: a DAG where crate i only depends on crates after it. */
export function syntheticCrates(count = DEFAULT_COUNT, seed = DEFAULT_SEED): SyntheticCrate[] {
  const g = gen(seed);
  const crates: SyntheticCrate[] = [];
  for (let i = 0; i < count; i++) crates.push({ name: crateName(i), versions: crateVersions(g), deps: [], features: {} });
  for (let i = 0; i < count; i++) {
    const c = crates[i];
    const taken = new Set<number>();
    const target = (j: number): SyntheticCrate => (taken.add(j), crates[j]);
    // Tree edges keep every crate reachable from crate 0.
    for (const j of [2 * i + 1, 2 * i + 2]) if (j < count) c.deps.push(dep(target(j).name, requirement(g, crates[j].versions)));
    const fanOut = g.int(0, 3);
    for (let k = 0; k < fanOut && i + 1 < count; k++) {
      const j = g.int(i + 1, Math.min(count - 1, i + 300));
      if (taken.has(j)) continue;
      const d = target(j);
      const req = requirement(g, d.versions);
      const r = g.next();
      if (r < 0.1) c.deps.push(dep(`${d.name}-renamed`.toLowerCase(), req, { package: d.name }));
      else if (r < 0.2) c.deps.push(dep(d.name, req, { kind: 'build' }));
      else if (r < 0.3) c.deps.push(dep(d.name, req, { kind: 'dev' }));
      else if (r < 0.38) c.deps.push(dep(d.name, req, { target: g.pick(['cfg(unix)', 'cfg(windows)', 'cfg(target_os = "macos")']) }));
      else if (r < 0.48) c.deps.push(dep(d.name, req, { defaultFeatures: false, features: ['extra'] }));
      else c.deps.push(dep(d.name, req));
    }
    c.features = { default: ['std'], std: [], extra: [] };
    if (i + 1 < count && g.next() < 0.25) {
      const j = g.int(i + 1, Math.min(count - 1, i + 300));
      if (!taken.has(j)) {
        const d = target(j);
        c.deps.push(dep(d.name, requirement(g, d.versions), { optional: true }));
        // Half use the `dep:`/`?/` syntax (index v2), half the implicit feature.
        if (g.next() < 0.5) Object.assign(c.features, { fancy: [`dep:${d.name}`], extra: [`${d.name}?/extra`] });
        else Object.assign(c.features, { fancy: [d.name, `${d.name}/extra`] });
      }
    }
  }
  return crates;
}

const toml = (s: string): string => JSON.stringify(s);

function depToml(d: ManifestDependency): string {
  const table = d.kind === 'dev' ? 'dev-dependencies' : d.kind === 'build' ? 'build-dependencies' : 'dependencies';
  const head = d.target ? `[target.${toml(d.target)}.${table}.${toml(d.name)}]` : `[${table}.${toml(d.name)}]`;
  const lines = [head, `version = ${toml(d.req)}`];
  if (d.features.length > 0) lines.push(`features = [${d.features.map(toml).join(', ')}]`);
  if (d.optional) lines.push('optional = true');
  if (!d.defaultFeatures) lines.push('default-features = false');
  if (d.package !== d.name) lines.push(`package = ${toml(d.package)}`);
  return lines.join('\n');
}

export function syntheticManifest(c: SyntheticCrate, version: string): string {
  const parts = [
    ['[package]', 'edition = "2021"', `name = ${toml(c.name)}`, `version = ${toml(version)}`,
      'description = "Synthetic crate for crate-cache scale tests"', 'license = "MIT"'].join('\n'),
    '[lib]\npath = "src/lib.rs"',
    ...c.deps.map(depToml),
    ['[features]', ...Object.entries(c.features).map(([k, v]) => `${toml(k)} = [${v.map(toml).join(', ')}]`)].join('\n'),
  ];
  return parts.join('\n\n') + '\n';
}

function publish(c: SyntheticCrate, version: string, index: number): PublishedCrate {
  const source: CrateSource = { name: c.name, version, deps: c.deps, features: c.features };
  const archive = buildCrateArchive(c.name, version, [
    { path: 'Cargo.toml', data: Buffer.from(syntheticManifest(c, version)) },
    { path: 'src/lib.rs', data: Buffer.from(`//! Synthetic crate #${index}.\n\npub const ID: u32 = ${index};\n`) },
  ]);
  return { source, deps: c.deps, features: c.features, archive };
}

export interface SyntheticRegistryOptions {
  outDir: string;
  count?: number;
  seed?: number;
  dlBase?: string;
}

export function buildSyntheticRegistry(opts: SyntheticRegistryOptions): RegistryLayout {
  const crates = syntheticCrates(opts.count, opts.seed);
  const published = crates.flatMap((c, i) => c.versions.map((v) => publish(c, v, i)));
  return writeRegistry(opts.outDir, opts.dlBase ?? SYNTHETIC_DL_BASE, published);
}

export interface GenerateWorkspaceOptions {
  dir: string;
  members?: number;
  /** e.g. SYNTHETIC_URL; written as the crates-io replacement in .cargo/config.toml. */
  registryUrl: string;
  /** Must match the registry's count and seed. */
  count?: number;
  seed?: number;
}

/** Writes a workspace of `members` path crates depending on the synthetic registry. */
export function generateWorkspace(opts: GenerateWorkspaceOptions): { members: string[] } {
  const n = opts.members ?? 150;
  const crates = syntheticCrates(opts.count, opts.seed);
  const g = gen((opts.seed ?? DEFAULT_SEED) ^ 0x5eed);
  const members = Array.from({ length: n }, (_, i) => `member-${String(i).padStart(3, '0')}`);
  const shared = [crates[0], crates[1], crates[Math.min(5, crates.length - 1)]];
  fs.mkdirSync(path.join(opts.dir, '.cargo'), { recursive: true });
  fs.writeFileSync(
    path.join(opts.dir, 'Cargo.toml'),
    [
      '[workspace]',
      `members = [${members.map((m) => toml(`crates/${m}`)).join(', ')}]`,
      'resolver = "2"',
      '',
      '[workspace.package]\nversion = "0.1.0"\nedition = "2021"\npublish = false',
      '',
      '[workspace.dependencies]',
      ...shared.map((c) => `${toml(c.name)} = ${toml(requirement(g, c.versions))}`),
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(opts.dir, '.cargo', 'config.toml'),
    `[source.crates-io]\nreplace-with = "synthetic"\n\n[source.synthetic]\nregistry = ${toml(opts.registryUrl)}\n`,
  );
  members.forEach((m, i) => {
    const lines = ['[package]', `name = ${toml(m)}`, 'version.workspace = true', 'edition.workspace = true', 'publish.workspace = true', '', '[dependencies]'];
    const used = new Set<string>();
    // Member 0 pulls in crate 0, whose tree edges reach every synthetic crate.
    const sharedHere = i === 0 ? shared : shared.filter(() => g.next() < 0.3);
    for (const c of sharedHere) {
      used.add(c.name);
      lines.push(`${toml(c.name)} = { workspace = true }`);
    }
    for (let k = g.int(4, 9); k > 0; k--) {
      const c = g.pick(crates);
      if (used.has(c.name)) continue;
      used.add(c.name);
      lines.push(`${toml(c.name)} = ${toml(requirement(g, c.versions))}`);
    }
    for (let k = g.int(0, 2); k > 0 && i + 1 < n; k--) {
      const other = members[g.int(i + 1, n - 1)];
      if (used.has(other)) continue;
      used.add(other);
      lines.push(`${toml(other)} = { path = ${toml(`../${other}`)} }`);
    }
    const dir = path.join(opts.dir, 'crates', m);
    fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'Cargo.toml'), lines.join('\n') + '\n');
    fs.writeFileSync(path.join(dir, 'src', 'lib.rs'), `//! Workspace member ${i}.\n`);
  });
  return { members };
}
