// What tests and scripts use: a fixture registry built on demand under
// <repo>/.fixture/, and a server around it for the length of a callback.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CargoError } from '../../src/cargo/util/errors.js';
import { buildRegistry, DEFAULT_DL_BASE, dependencyClosure, FIXTURE_PORT, type RegistryLayout } from './build_registry.js';
import { DEBIAN_REGISTRY_DIR, listCrateSources } from './crate_source.js';
import { startRegistry, type RunningRegistry, type StartRegistryOptions, type Transport } from './server.js';
import { buildSyntheticRegistry, SYNTHETIC_DL_BASE, SYNTHETIC_PORT } from './synthetic.js';

export * from './build_registry.js';
export * from './crate_archive.js';
export * from './crate_source.js';
export * from './index_entry.js';
export * from './index_path.js';
export * from './prune_unavailable.js';
export * from './server.js';
export * from './synthetic.js';

import { REPO_ROOT } from '../repo_root.js';
export { REPO_ROOT };
export const FIXTURE_DIR = path.join(REPO_ROOT, '.fixture');
export const FIXTURE_REGISTRY_DIR = path.join(FIXTURE_DIR, 'registry');
export const SYNTHETIC_REGISTRY_DIR = path.join(FIXTURE_DIR, 'synthetic');
export const FIXTURE_REGISTRY_URL = `sparse+http://127.0.0.1:${FIXTURE_PORT}/index/`;
/** The directory cargo 1.95 names after FIXTURE_REGISTRY_URL under $CARGO_HOME/registry/{index,cache,src}. */
export const FIXTURE_CACHE_DIR_NAME = '127.0.0.1-a111cc81f0a41b8e';

// Bump when the layout or archive format changes, so old fixtures rebuild.
const FORMAT = 'crate-cache-fixture-1';
const STAMP = 'fixture-key.txt';

function readStamp(root: string): string | undefined {
  try {
    return fs.readFileSync(path.join(root, STAMP), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * Builds into a sibling temp dir and renames it into place, so concurrent
 * Jest workers never see a half-written registry.
 */
function ensureBuilt(root: string, key: string, build: (outDir: string) => RegistryLayout, force = false): string {
  if (!force && readStamp(root) === key) return root;
  const tmp = `${root}.tmp-${process.pid}-${Date.now()}`;
  try {
    const layout = build(tmp);
    for (const note of layout.notes) process.stderr.write(`fixture: ${note}\n`);
    fs.writeFileSync(path.join(tmp, STAMP), key + '\n');
    if (!force && readStamp(root) === key) return root; // someone else won the race
    fs.rmSync(root, { recursive: true, force: true });
    fs.renameSync(tmp, root);
  } catch (e) {
    if (readStamp(root) === key) return root;
    throw e instanceof CargoError ? e : new CargoError('io', `cannot build fixture registry at ${root}: ${(e as Error).message}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return root;
}

/**
 * The crates the fixture registry is built for: the ones
 * test-support/ensure-debian-crates.sh installs (a test keeps the two lists
 * equal). The registry holds them and every crate they may depend on.
 */
export const FIXTURE_CRATES: readonly string[] = [
  'tokio',
  'bytes',
  'mio',
  'parking_lot',
  'smallvec',
  'scopeguard',
  'libc',
  'cfg-if',
  'syn',
  'quote',
  'proc-macro2',
  'unicode-ident',
  'serde',
  'serde_json',
];

export interface EnsureFixtureOptions {
  outDir?: string;
  sourceRoot?: string;
  /** Rebuild even when the stamp says the fixture is current. */
  force?: boolean;
}

const keys = new Map<string, string>();

/**
 * The fixture's stamp: a hash of the crate directories it is built from
 * (FIXTURE_CRATES and their dependency closure), so that installing an
 * unrelated crate under `sourceRoot` does not rebuild it.
 */
export function fixtureKey(sourceRoot: string = DEBIAN_REGISTRY_DIR): string {
  const listing = fs.readdirSync(sourceRoot).sort().join('\n');
  const memo = keys.get(`${sourceRoot}\n${listing}`);
  if (memo) return memo;
  const used = dependencyClosure(listCrateSources(sourceRoot), [...FIXTURE_CRATES])
    .map((s) => path.basename(s.dir ?? `${s.name}-${s.version}`))
    .sort()
    .join('\n');
  const key = createHash('sha256').update(`${FORMAT}\n${DEFAULT_DL_BASE}\n${used}`).digest('hex');
  keys.set(`${sourceRoot}\n${listing}`, key);
  return key;
}

/** The Debian-sourced registry's root, (re)built if missing or if the crates it is built from changed. */
export async function ensureFixtureRegistry(opts: EnsureFixtureOptions = {}): Promise<string> {
  const root = path.resolve(opts.outDir ?? FIXTURE_REGISTRY_DIR);
  const sourceRoot = opts.sourceRoot ?? DEBIAN_REGISTRY_DIR;
  if (!fs.existsSync(sourceRoot)) {
    throw new CargoError('io', `${sourceRoot} is missing; run test-support/ensure-debian-crates.sh`);
  }
  const key = fixtureKey(sourceRoot);
  return ensureBuilt(root, key, (outDir) => buildRegistry({ outDir, sourceRoot, crates: [...FIXTURE_CRATES] }), opts.force);
}

/** The synthetic registry's root, (re)built if missing or built with other options. */
export async function ensureSyntheticRegistry(
  opts: { outDir?: string; count?: number; seed?: number; force?: boolean } = {},
): Promise<string> {
  const root = path.resolve(opts.outDir ?? SYNTHETIC_REGISTRY_DIR);
  const key = `${FORMAT} synthetic count=${opts.count ?? 'default'} seed=${opts.seed ?? 'default'} dl=${SYNTHETIC_DL_BASE}`;
  return ensureBuilt(root, key, (outDir) => buildSyntheticRegistry({ outDir, count: opts.count, seed: opts.seed }), opts.force);
}

/**
 * startRegistry, waiting while another process (e.g. a parallel Jest worker)
 * holds the port: the port is part of cargo's cache directory name, so
 * taking another one would change what tests observe.
 */
export async function startRegistryWhenFree(opts: StartRegistryOptions, waitMs = 60_000): Promise<RunningRegistry> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await startRegistry(opts);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      if (Date.now() > deadline) {
        throw new CargoError('io', `port ${opts.port ?? FIXTURE_PORT} is still in use after ${waitMs} ms; stop the other registry server`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export interface PrivateFixtureOptions {
  /** A private registry (see `StartRegistryOptions.authToken`). */
  authToken?: string;
  /** More config.json keys, next to `dl`. */
  config?: Record<string, unknown>;
  transport?: Transport;
  /** Key and certificate for the `h2` transport. */
  tls?: { key: string; cert: string };
}

/**
 * A copy of the fixture registry in `root` (index copied, crates linked),
 * served on a port of its own, with config.json's `dl` on that port: tests
 * that change the registry or its faults never wait for the fixed port.
 */
export async function startPrivateFixture(root: string, opts: PrivateFixtureOptions = {}): Promise<RunningRegistry> {
  const fixture = await ensureFixtureRegistry();
  fs.cpSync(path.join(fixture, 'index'), path.join(root, 'index'), { recursive: true });
  fs.symlinkSync(path.join(fixture, 'crates'), path.join(root, 'crates'));
  const reg = await startRegistry({ root, port: 0, authToken: opts.authToken, transport: opts.transport, tls: opts.tls });
  const scheme = opts.transport === 'h2' ? 'https' : 'http';
  fs.writeFileSync(
    path.join(root, 'index', 'config.json'),
    JSON.stringify({ dl: `${scheme}://127.0.0.1:${reg.port}/api/v1/crates`, ...opts.config }) + '\n',
  );
  return reg;
}

/** Runs `fn` with the Debian fixture registry served on its fixed port, then stops it. */
export async function withRegistry<T>(fn: (reg: RunningRegistry) => Promise<T>, opts: Partial<StartRegistryOptions> = {}): Promise<T> {
  const root = opts.root ?? (await ensureFixtureRegistry());
  const reg = await startRegistryWhenFree({ port: FIXTURE_PORT, ...opts, root });
  try {
    return await fn(reg);
  } finally {
    await reg.close();
  }
}

/** Same as withRegistry, for the synthetic registry on its own port. */
export async function withSyntheticRegistry<T>(fn: (reg: RunningRegistry) => Promise<T>, opts: Partial<StartRegistryOptions> = {}): Promise<T> {
  const root = opts.root ?? (await ensureSyntheticRegistry());
  const reg = await startRegistryWhenFree({ port: SYNTHETIC_PORT, ...opts, root });
  try {
    return await fn(reg);
  } finally {
    await reg.close();
  }
}
