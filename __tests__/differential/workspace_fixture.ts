// A multi-member workspace on the fixture registry, a local git dependency,
// and real cargo to lock and fetch it: the baseline every mutation starts from.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_REGISTRY_URL } from '../../test-support/registry/index.js';

export interface GitFixture {
  /** `file://` URL of the bare repository. */
  url: string;
  /** Same commits as `url`, at another path (a different source). */
  mirrorUrl: string;
  /** Commit `main` and tag `v0.1.0` point at. */
  mainRev: string;
  /** Commit only `dev` has. */
  devRev: string;
}

export interface CargoResult {
  code: number;
  stderr: string;
}

/** The environment both cargo and check see: only our CARGO_HOME, no inherited CARGO_* settings. */
export function cargoEnv(cargo: string, cargoHome: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.dirname(cargo)}${path.delimiter}${process.env.PATH}` };
  for (const k of Object.keys(env)) if (k.startsWith('CARGO_')) delete env[k];
  return { ...env, CARGO_HOME: cargoHome, CARGO_NET_GIT_FETCH_WITH_CLI: 'true', CARGO_TERM_COLOR: 'never' };
}

// Async on purpose: the registry server runs in this process and must keep answering.
export function runCargo(cargo: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CargoResult> {
  return new Promise((resolve) => {
    execFile(cargo, args, { cwd, env, maxBuffer: 64 << 20 }, (err, _stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stderr });
    });
  });
}

export function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

function git(args: string[], cwd: string): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
}

const gitdepManifest = (version: string) => `[package]\nname = "gitdep"\nversion = "${version}"\nedition = "2021"\n`;

/** A bare repository holding crate `gitdep`: `main` (tagged v0.1.0) and `dev` one commit ahead. */
export function createGitRepo(root: string): GitFixture {
  const bare = path.join(root, 'gitdep.git');
  const work = path.join(root, 'gitdep-work');
  fs.mkdirSync(root, { recursive: true });
  git(['init', '--bare', '-q', '-b', 'main', bare], root);
  git(['init', '-q', '-b', 'main', work], root);
  writeTree(work, { 'Cargo.toml': gitdepManifest('0.1.0'), 'src/lib.rs': 'pub fn answer() -> u32 { 42 }\n' });
  git(['add', '-A'], work);
  git(['commit', '-q', '-m', 'gitdep 0.1.0'], work);
  git(['tag', 'v0.1.0'], work);
  const mainRev = git(['rev-parse', 'HEAD'], work);
  git(['checkout', '-q', '-b', 'dev'], work);
  writeTree(work, { 'src/lib.rs': 'pub fn answer() -> u32 { 43 }\n' });
  git(['commit', '-q', '-am', 'dev change'], work);
  const devRev = git(['rev-parse', 'HEAD'], work);
  git(['push', '-q', bare, 'main', 'dev', 'v0.1.0'], work);
  const mirror = path.join(root, 'mirror', 'gitdep.git');
  git(['clone', '-q', '--bare', bare, mirror], root);
  return { url: `file://${bare}`, mirrorUrl: `file://${mirror}`, mainRev, devRev };
}

/**
 * The workspace: inheritance through [workspace.package] and
 * [workspace.dependencies], a renamed dependency, a cfg(unix) dependency,
 * dev- and build-dependencies, an optional dependency behind a feature,
 * path dependencies between members, and a git dependency.
 */
export function workspaceFiles(gitUrl: string): Record<string, string> {
  return {
    '.cargo/config.toml': `[source.crates-io]\nreplace-with = "local"\n\n[source.local]\nregistry = "${FIXTURE_REGISTRY_URL}"\n`,
    'Cargo.toml': `[workspace]
members = ["app", "core-lib", "derive"]
resolver = "2"

[workspace.package]
version = "0.1.0"
edition = "2021"
license = "MIT"

[workspace.dependencies]
tokio = { version = "1.24", default-features = false }
parking_lot = "0.12"
libc = "0.2.139"
syn = "1.0.107"
quote = "1.0.21"
proc-macro2 = "1.0.47"
core-lib = { path = "core-lib", version = "0.1.0" }
`,
    'app/Cargo.toml': `[package]
name = "app"
version.workspace = true
edition.workspace = true
license.workspace = true

[features]
default = []
json = ["dep:serde_json"]

[dependencies]
core-lib.workspace = true
ws-derive = { path = "../derive" }
tokio = { workspace = true, features = ["rt", "macros"] }
buf = { package = "bytes", version = "1.2" }
gitdep = { git = "${gitUrl}", branch = "main" }
serde_json = { version = "1.0", optional = true }

[target.'cfg(unix)'.dependencies]
libc.workspace = true

[dev-dependencies]
smallvec = "1.9"

[build-dependencies]
cfg-if = "1.0"
`,
    'app/src/lib.rs': '',
    'core-lib/Cargo.toml': `[package]
name = "core-lib"
version.workspace = true
edition.workspace = true
license.workspace = true

[dependencies]
parking_lot = { workspace = true, features = ["send_guard"] }
scopeguard = "1.1"

[dev-dependencies]
serde = "1.0"
`,
    'core-lib/src/lib.rs': '',
    'derive/Cargo.toml': `[package]
name = "ws-derive"
version.workspace = true
edition.workspace = true
license.workspace = true

[lib]
proc-macro = true

[dependencies]
syn.workspace = true
quote.workspace = true
proc-macro2.workspace = true
`,
    'derive/src/lib.rs': '',
  };
}

export function copyWorkspace(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, filter: (src) => path.basename(src) !== 'target' });
}
