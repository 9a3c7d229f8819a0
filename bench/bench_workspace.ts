// The benchmark's workspace: a generated 150-member workspace over the
// synthetic registry, locked and fetched by real cargo into its own
// CARGO_HOME, cached under .fixture/bench/ so reruns skip cargo entirely.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CargoError } from '../src/cargo/util/errors.js';
import { FIXTURE_DIR, generateWorkspace, SYNTHETIC_URL } from '../test-support/registry/index.js';

export const BENCH_DIR = path.join(FIXTURE_DIR, 'bench');
// Bump when what this file writes changes, so old fixtures rebuild.
const FORMAT = 'crate-cache-bench-1';
const STAMP = 'bench-key.txt';

export interface BenchWorkspaceOptions {
  members: number;
  /** Synthetic registry parameters; undefined means the generator's defaults. */
  count?: number;
  seed?: number;
}

export interface BenchWorkspace {
  /** The workspace root (holds Cargo.toml, Cargo.lock, .cargo/config.toml). */
  dir: string;
  /** A CARGO_HOME of its own, with the index cache and crates cargo fetched. */
  cargoHome: string;
  /** False when it was built in this run. */
  cached: boolean;
}

/** PATH with rustup's cargo first, as the conventions ask. */
export function cargoEnv(cargoHome: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(os.homedir(), '.cargo', 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    CARGO_HOME: cargoHome,
    CARGO_TERM_COLOR: 'never',
    CARGO_TERM_PROGRESS_WHEN: 'never',
  };
  // Whatever the caller's shell says about cargo must not leak into the fixture.
  for (const k of ['CARGO_TARGET_DIR', 'CARGO_NET_OFFLINE']) delete env[k];
  return env;
}

export function cargoVersionLine(env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync('cargo', ['-V'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    throw new CargoError('io', `\`cargo -V\` failed: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * Asynchronous on purpose: the registry server runs in this process, so a
 * blocking child would leave cargo's requests unanswered.
 */
export function runCargo(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('cargo', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const detail = (stderr || err.message).trim().split('\n').filter(Boolean).slice(-3).join(' | ');
      reject(new CargoError('io', `\`cargo ${args.join(' ')}\` failed in ${cwd}: ${detail}`));
    });
  });
}

function benchKey(opts: BenchWorkspaceOptions, cargoVersion: string): string {
  const text = `${FORMAT} members=${opts.members} count=${opts.count ?? 'default'} seed=${opts.seed ?? 'default'} url=${SYNTHETIC_URL} ${cargoVersion}`;
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function readStamp(root: string): string | undefined {
  try {
    return fs.readFileSync(path.join(root, STAMP), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * The workspace for these parameters, built if missing. Needs the synthetic
 * registry served on SYNTHETIC_PORT while it builds.
 */
export async function ensureBenchWorkspace(opts: BenchWorkspaceOptions, log: (line: string) => void = () => {}): Promise<BenchWorkspace> {
  const probeEnv = cargoEnv(path.join(os.tmpdir(), 'crate-cache-bench-unused'));
  const version = cargoVersionLine(probeEnv);
  const key = benchKey(opts, version);
  const root = path.join(BENCH_DIR, key);
  const ws = { dir: path.join(root, 'ws'), cargoHome: path.join(root, 'cargo-home') };
  if (readStamp(root) === key) return { ...ws, cached: true };

  // A half-built fixture from an interrupted run is simply thrown away.
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(ws.cargoHome, { recursive: true });
  log(`generating a ${opts.members}-member workspace in ${root}`);
  generateWorkspace({ dir: ws.dir, members: opts.members, registryUrl: SYNTHETIC_URL, count: opts.count, seed: opts.seed });
  const env = cargoEnv(ws.cargoHome);
  log('cargo generate-lockfile');
  await runCargo(['generate-lockfile'], ws.dir, env);
  // fetch downloads every locked crate; metadata then unpacks them and
  // fills the index cache, so later offline runs need no server.
  log('cargo fetch --locked');
  await runCargo(['fetch', '--locked'], ws.dir, env);
  log('cargo metadata --locked (populating the cache)');
  await runCargo(['metadata', '--locked', '--format-version', '1'], ws.dir, env);
  fs.writeFileSync(path.join(root, STAMP), key + '\n');
  return { ...ws, cached: false };
}

/** `[[package]]` entries in a Cargo.lock. */
export function lockedPackageCount(dir: string): number {
  const text = fs.readFileSync(path.join(dir, 'Cargo.lock'), 'utf8');
  return text.match(/^\[\[package\]\]$/gm)?.length ?? 0;
}
