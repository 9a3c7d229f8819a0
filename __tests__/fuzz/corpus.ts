// Real inputs the mutators start from: the examples workspace, the lockfile
// fixtures, the fixture registry's index lines, and source URL vectors.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, tempDir } from '../helpers.js';
import { ensureFixtureRegistry, indexPath } from '../../test-support/registry/index.js';
import { decodeLockfile } from '../../src/cargo/core/resolver/encode.js';
import { Resolve } from '../../src/cargo/core/resolver/resolve.js';
import { CargoHomeLayout } from '../../src/cargo/sources/cargo_home_layout.js';
import { encodeIndexCache } from '../../src/cargo/sources/registry/index_cache.js';
import { DEFAULT_CARGO_VERSION } from '../../src/cargo/util/cargo_version.js';
import { GlobalContext } from '../../src/cargo/util/context.js';

const EXAMPLES = path.join(REPO, 'examples');
const LOCKFILES = path.join(REPO, '__tests__', 'fixtures', 'lockfiles');

/** Workspace files of examples/, relative, as the mutators see them. */
export const WORKSPACE_FILES = ['Cargo.toml', 'async-net/Cargo.toml', 'systems/Cargo.toml', 'proc-macro/Cargo.toml', 'Cargo.lock', '.cargo/config.toml'];

export function exampleManifests(): string[] {
  return WORKSPACE_FILES.filter((f) => f.endsWith('Cargo.toml') && !f.startsWith('.')).map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
}

export function lockfiles(): string[] {
  const fixtures = fs.readdirSync(LOCKFILES).filter((f) => f.endsWith('.lock')).sort();
  return [fs.readFileSync(path.join(EXAMPLES, 'Cargo.lock'), 'utf8'), ...fixtures.map((f) => fs.readFileSync(path.join(LOCKFILES, f), 'utf8'))];
}

export function configs(): string[] {
  return [
    fs.readFileSync(path.join(EXAMPLES, '.cargo', 'config.toml'), 'utf8'),
    '[registries.my]\nindex = "sparse+https://my.example/index/"\ntoken = "secret"\n\n[registry]\ndefault = "my"\n',
    '[source.crates-io]\nreplace-with = "vendored"\n\n[source.vendored]\ndirectory = "vendor"\n',
    '[source.crates-io]\nreplace-with = "mirror"\n\n[source.mirror]\nregistry = "https://mirror.example/index"\n\n[source.g]\ngit = "https://example.com/r.git"\nbranch = "main"\nreplace-with = "local"\n\n[source.local]\nlocal-registry = "/tmp/reg"\n',
  ];
}

/** Every line of every index file of the fixture registry (built on first use). */
export async function indexLines(): Promise<string[]> {
  const root = path.join(await ensureFixtureRegistry(), 'index');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== 'config.json') out.push(...fs.readFileSync(p, 'utf8').split('\n').filter(Boolean));
    }
  };
  walk(root);
  return out.sort();
}

/** Source strings and URLs as Cargo.lock, manifests and config spell them. */
export const URL_VECTORS = [
  'registry+https://github.com/rust-lang/crates.io-index',
  'sparse+https://index.crates.io/',
  'sparse+http://127.0.0.1:18931/index/',
  'sparse+http://LOCALHOST:18931/index',
  'sparse+https://my-crates.io/',
  'git+https://github.com/Foo/Bar.git',
  'git+ssh://git@example.com:2222/Org/Thing.git?branch=dev',
  'git+https://e.com/r?ref=x',
  'git+https://example.com/r?tag=v1#0123456789abcdef0123456789abcdef01234567',
  'git+https://example.com/r?branch=feat%2Fx%2By#abc',
  'path+file:///tmp/ws/crate',
  'file:///tmp/no%20where/Qu%C3%BCx.git',
  'https://GitHub.com/A/B.GIT/',
  'https://example.com/Some/r%C3%A9po.git',
  'https://git@github.com/rust-lang/hash-dep',
  'ssh://git@github.com/Rust-Lang/Hash-Dep.git',
  'https://example.com/.git',
  'https://example.com/a//',
  'https://example.com/x.git?q=1',
  'http://[::1]:8080/index/',
  'registry+',
  'git+not a url',
];

/**
 * A writable copy of examples/ with its own CARGO_HOME whose index cache holds
 * every locked registry package, so the freshness check can decide `fresh`.
 */
export interface WorkspaceFixture {
  dir: string;
  home: string;
  /** Absolute paths a mutation may target: the workspace's files, then some index cache files in `home`. */
  targets: string[];
  originals: Map<string, Buffer>;
}

// Index cache files the fuzzer also mutates: a restored CARGO_HOME is input too.
const CACHED_TARGETS = ['bytes', 'tokio', 'libc', 'parking_lot', 'syn'];

export async function workspaceFixture(): Promise<WorkspaceFixture> {
  const base = tempDir('cc-fuzz-ws-');
  const dir = path.join(base, 'repo');
  const home = path.join(base, 'cargo-home');
  fs.mkdirSync(home);
  for (const f of WORKSPACE_FILES) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
  }
  for (const m of ['async-net/src/main.rs', 'systems/src/main.rs', 'proc-macro/src/lib.rs']) {
    fs.mkdirSync(path.dirname(path.join(dir, m)), { recursive: true });
    fs.writeFileSync(path.join(dir, m), '');
  }
  const registry = path.join(await ensureFixtureRegistry(), 'index');
  const config = GlobalContext.load(dir, { CARGO_HOME: home });
  const layout = new CargoHomeLayout(home, config, DEFAULT_CARGO_VERSION);
  const lockfile = path.join(dir, 'Cargo.lock');
  const resolve = Resolve.fromEncodable(decodeLockfile(fs.readFileSync(lockfile, 'utf8'), lockfile));
  for (const p of resolve.list) {
    const l = layout.of(p.id, p.sourceId);
    if (l?.kind !== 'registry') continue;
    const lines = fs.readFileSync(path.join(registry, indexPath(p.id.name)), 'utf8').split('\n').filter(Boolean);
    const entries = lines.map((line) => ({ version: (JSON.parse(line) as { vers: string }).vers, line }));
    fs.mkdirSync(path.dirname(layout.abs(l.index)), { recursive: true });
    fs.writeFileSync(layout.abs(l.index), encodeIndexCache({ indexVersion: 'Unknown', entries }));
  }
  const cached = resolve.list
    .filter((p) => CACHED_TARGETS.includes(p.id.name))
    .map((p) => layout.of(p.id, p.sourceId))
    .flatMap((l) => (l?.kind === 'registry' ? [layout.abs(l.index)] : []));
  const targets = [...WORKSPACE_FILES.map((f) => path.join(dir, f)), ...cached];
  const originals = new Map(targets.map((f) => [f, fs.readFileSync(f)] as const));
  return { dir, home, targets, originals };
}
