// Edits to the baseline workspace (manifests and Cargo.lock). Each one names
// what it changes, never what cargo will say about it: cargo is the oracle.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_REGISTRY_DIR, indexPath } from '../../test-support/registry/index.js';
import type { GitFixture } from './workspace_fixture.js';
import { writeTree } from './workspace_fixture.js';

export interface MutationContext {
  dir: string;
  git: GitFixture;
}

export interface Mutation {
  name: string;
  apply(ctx: MutationContext): void;
}

/** Replaces the single occurrence of `from`; a mutation that no longer matches the baseline must fail loudly. */
export function edit(dir: string, rel: string, from: string, to: string): void {
  const file = path.join(dir, rel);
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`${rel}: expected exactly one \`${from}\``);
  }
  fs.writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

function append(dir: string, rel: string, text: string): void {
  fs.appendFileSync(path.join(dir, rel), text);
}

// Cargo.lock as its preamble and one text block per [[package]].
interface LockBlocks {
  head: string;
  blocks: string[];
}

const SEP = '\n[[package]]\n';

function readLock(dir: string): LockBlocks {
  const [head, ...blocks] = fs.readFileSync(path.join(dir, 'Cargo.lock'), 'utf8').split(SEP);
  return { head, blocks: blocks.map((b) => b.replace(/\n+$/, '\n')) };
}

function writeLock(dir: string, lock: LockBlocks): void {
  fs.writeFileSync(path.join(dir, 'Cargo.lock'), lock.head + lock.blocks.map((b) => SEP + b).join('\n'));
}

function blockIndex(lock: LockBlocks, name: string): number {
  const i = lock.blocks.findIndex((b) => b.startsWith(`name = "${name}"\n`));
  if (i < 0) throw new Error(`Cargo.lock: no [[package]] named ${name}`);
  return i;
}

function editLockBlock(dir: string, name: string, fn: (block: string) => string): void {
  const lock = readLock(dir);
  const i = blockIndex(lock, name);
  const next = fn(lock.blocks[i]);
  if (next === lock.blocks[i]) throw new Error(`Cargo.lock: editing ${name} changed nothing`);
  lock.blocks[i] = next;
  writeLock(dir, lock);
}

const APP = 'app/Cargo.toml';
const CORE = 'core-lib/Cargo.toml';
const DERIVE = 'derive/Cargo.toml';
const ROOT = 'Cargo.toml';
const TOKIO = 'tokio = { workspace = true, features = ["rt", "macros"] }';
const GITDEP = (g: GitFixture) => `gitdep = { git = "${g.url}", branch = "main" }`;

const m = (name: string, apply: (ctx: MutationContext) => void): Mutation => ({ name, apply });
const replace = (name: string, rel: string, from: string, to: string): Mutation => m(name, ({ dir }) => edit(dir, rel, from, to));

/** A small crate at `rel` (for new members and [patch] sources). */
function crate(dir: string, rel: string, name: string, version: string): void {
  writeTree(path.join(dir, rel), {
    'Cargo.toml': `[package]\nname = "${name}"\nversion = "${version}"\nedition = "2021"\n`,
    'src/lib.rs': '',
  });
}

export const MUTATIONS: Mutation[] = [
  m('baseline, unchanged', () => {}),

  // Members and path dependencies.
  replace('bump a member version (ws-derive 0.1.1)', DERIVE, 'version.workspace = true', 'version = "0.1.1"'),
  replace('bump [workspace.package] version (every member 0.1.1)', ROOT, 'version = "0.1.0"\nedition', 'version = "0.1.1"\nedition'),
  replace('path dep version req still matches (core-lib "0.1")', ROOT, 'path = "core-lib", version = "0.1.0"', 'path = "core-lib", version = "0.1"'),
  replace('path dep version req no longer matches (core-lib "0.2")', ROOT, 'path = "core-lib", version = "0.1.0"', 'path = "core-lib", version = "0.2"'),
  m('add a new member with no dependencies', ({ dir }) => {
    edit(dir, ROOT, 'members = ["app", "core-lib", "derive"]', 'members = ["app", "core-lib", "derive", "extra"]');
    crate(dir, 'extra', 'extra', '0.1.0');
  }),
  m('remove a member (derive) and its path dependency', ({ dir }) => {
    edit(dir, ROOT, 'members = ["app", "core-lib", "derive"]', 'members = ["app", "core-lib"]');
    edit(dir, APP, 'ws-derive = { path = "../derive" }\n', '');
    fs.rmSync(path.join(dir, 'derive'), { recursive: true });
  }),
  m('unlink derive (members and app) but keep its directory', ({ dir }) => {
    edit(dir, ROOT, 'members = ["app", "core-lib", "derive"]', 'members = ["app", "core-lib"]');
    edit(dir, APP, 'ws-derive = { path = "../derive" }\n', '');
  }),
  replace('remove the path dep on ws-derive (still a member)', APP, 'ws-derive = { path = "../derive" }\n', ''),
  replace('drop derive from members only (still a path dep inside the workspace)', ROOT, 'members = ["app", "core-lib", "derive"]', 'members = ["app", "core-lib"]'),

  // Registry dependencies.
  replace('add a dep that is locked already (bytes in core-lib)', CORE, 'scopeguard = "1.1"\n', 'scopeguard = "1.1"\nbytes = "1.2"\n'),
  replace('add a dep that is not locked (memchr in core-lib)', CORE, 'scopeguard = "1.1"\n', 'scopeguard = "1.1"\nmemchr = "2.5"\n'),
  replace('add libc to app [dependencies] (already a cfg(unix) dep)', APP, 'serde_json = { version = "1.0", optional = true }\n', 'serde_json = { version = "1.0", optional = true }\nlibc = "0.2"\n'),
  replace('add smallvec as a build-dependency of app (already a dev-dep)', APP, 'cfg-if = "1.0"\n', 'cfg-if = "1.0"\nsmallvec = "1.9"\n'),
  replace('req the locked version no longer satisfies (bytes "1.3")', APP, 'version = "1.2" }', 'version = "1.3" }'),
  replace('req the locked version still satisfies (bytes "1")', APP, 'version = "1.2" }', 'version = "1" }'),
  replace('exact req on the locked version (bytes "=1.2.1")', APP, 'version = "1.2" }', 'version = "=1.2.1" }'),
  replace('remove a dependency (scopeguard from core-lib)', CORE, 'scopeguard = "1.1"\n', ''),
  replace('remove a dev-dependency (smallvec from app)', APP, '[dev-dependencies]\nsmallvec = "1.9"\n', ''),
  replace('remove a build-dependency (cfg-if from app)', APP, '[build-dependencies]\ncfg-if = "1.0"\n', ''),
  replace('remove the only user of a registry package (buf, i.e. bytes)', APP, 'buf = { package = "bytes", version = "1.2" }\n', ''),
  replace('move smallvec from dev-dependencies to dependencies', APP, '[dev-dependencies]\nsmallvec = "1.9"\n', '[dependencies.smallvec]\nversion = "1.9"\n'),
  replace('move scopeguard from dependencies to dev-dependencies', CORE, 'scopeguard = "1.1"\n\n[dev-dependencies]\n', '\n[dev-dependencies]\nscopeguard = "1.1"\n'),
  replace('change the target cfg of libc (cfg(unix) -> cfg(target_os = "linux"))', APP, "[target.'cfg(unix)'.dependencies]", '[target.\'cfg(target_os = "linux")\'.dependencies]'),
  replace('make a member dep optional without a feature (scopeguard)', CORE, 'scopeguard = "1.1"', 'scopeguard = { version = "1.1", optional = true }'),
  m('add an optional dep behind a new feature (memchr in core-lib)', ({ dir }) => {
    edit(dir, CORE, 'scopeguard = "1.1"\n', 'scopeguard = "1.1"\nmemchr = { version = "2.5", optional = true }\n');
    append(dir, CORE, '\n[features]\nfast = ["dep:memchr"]\n');
  }),

  // Features.
  replace('tokio feature that enables an optional dep (net -> mio)', APP, TOKIO, 'tokio = { workspace = true, features = ["rt", "macros", "net"] }'),
  replace('tokio feature without optional deps (sync)', APP, TOKIO, 'tokio = { workspace = true, features = ["rt", "macros", "sync"] }'),
  replace('tokio feature io-util (enables memchr and bytes)', APP, TOKIO, 'tokio = { workspace = true, features = ["rt", "macros", "io-util"] }'),
  replace('remove tokio feature macros (drops tokio-macros)', APP, TOKIO, 'tokio = { workspace = true, features = ["rt"] }'),
  replace('remove tokio feature rt (no deps behind it)', APP, TOKIO, 'tokio = { workspace = true, features = ["macros"] }'),
  replace('member feature forwarding to tokio/net', APP, 'json = ["dep:serde_json"]', 'json = ["dep:serde_json"]\nnet = ["tokio/net"]'),
  replace('member feature forwarding to tokio/sync', APP, 'json = ["dep:serde_json"]', 'json = ["dep:serde_json"]\nsync = ["tokio/sync"]'),
  replace('default-features back on for tokio (tokio has no defaults)', ROOT, 'tokio = { version = "1.24", default-features = false }', 'tokio = { version = "1.24" }'),
  replace('syn without default features (tokio-macros still wants them)', ROOT, 'syn = "1.0.107"', 'syn = { version = "1.0.107", default-features = false, features = ["full"] }'),
  replace('bytes without default features', APP, 'buf = { package = "bytes", version = "1.2" }', 'buf = { package = "bytes", version = "1.2", default-features = false }'),
  replace('serde_json feature preserve_order (-> indexmap)', APP, 'serde_json = { version = "1.0", optional = true }', 'serde_json = { version = "1.0", optional = true, features = ["preserve_order"] }'),
  replace('serde_json feature raw_value (no deps)', APP, 'serde_json = { version = "1.0", optional = true }', 'serde_json = { version = "1.0", optional = true, features = ["raw_value"] }'),
  replace('serde feature derive (-> serde_derive)', CORE, 'serde = "1.0"', 'serde = { version = "1.0", features = ["derive"] }'),
  replace('inherited parking_lot gains a feature without deps (arc_lock)', CORE, 'features = ["send_guard"]', 'features = ["send_guard", "arc_lock"]'),
  replace('inherited parking_lot gains feature serde (-> lock_api/serde)', CORE, 'features = ["send_guard"]', 'features = ["send_guard", "serde"]'),

  // Renames.
  replace('rename key only (buf -> bytes2)', APP, 'buf = { package = "bytes"', 'bytes2 = { package = "bytes"'),
  replace('rename scopeguard through package =', CORE, 'scopeguard = "1.1"', 'guard = { package = "scopeguard", version = "1.1" }'),
  replace('renamed dep now points at another package (buf -> smallvec)', APP, 'buf = { package = "bytes", version = "1.2" }', 'buf = { package = "smallvec", version = "1.9" }'),

  // [workspace.dependencies].
  replace('workspace dep req still satisfied (parking_lot "0.12.1")', ROOT, 'parking_lot = "0.12"', 'parking_lot = "0.12.1"'),
  replace('workspace dep req no longer satisfied (parking_lot "0.11")', ROOT, 'parking_lot = "0.12"', 'parking_lot = "0.11"'),

  // Git.
  m('git branch main -> dev', ({ dir, git }) => edit(dir, APP, GITDEP(git), `gitdep = { git = "${git.url}", branch = "dev" }`)),
  m('git branch -> tag v0.1.0 (same commit)', ({ dir, git }) => edit(dir, APP, GITDEP(git), `gitdep = { git = "${git.url}", tag = "v0.1.0" }`)),
  m('git branch -> rev of the locked commit', ({ dir, git }) => edit(dir, APP, GITDEP(git), `gitdep = { git = "${git.url}", rev = "${git.mainRev}" }`)),
  m('git branch -> default branch (no reference)', ({ dir, git }) => edit(dir, APP, GITDEP(git), `gitdep = { git = "${git.url}" }`)),
  m('git URL -> another repository with the same commits', ({ dir, git }) => edit(dir, APP, GITDEP(git), `gitdep = { git = "${git.mirrorUrl}", branch = "main" }`)),
  m('git URL with a trailing slash', ({ dir, git }) => edit(dir, APP, GITDEP(git), `gitdep = { git = "${git.url}/", branch = "main" }`)),

  // [patch].
  m('[patch.crates-io] with a used path crate (scopeguard 1.1.0)', ({ dir }) => {
    crate(dir, 'patches/scopeguard', 'scopeguard', '1.1.0');
    append(dir, ROOT, '\n[patch.crates-io]\nscopeguard = { path = "patches/scopeguard" }\n');
  }),
  m('[patch.crates-io] with an unused path crate (memchr 2.5.0)', ({ dir }) => {
    crate(dir, 'patches/memchr', 'memchr', '2.5.0');
    append(dir, ROOT, '\n[patch.crates-io]\nmemchr = { path = "patches/memchr" }\n');
  }),

  // Changes that do not touch dependencies at all.
  m('description, [profile.release] and [workspace.metadata]', ({ dir }) => {
    edit(dir, CORE, 'license.workspace = true\n', 'license.workspace = true\ndescription = "core"\n');
    append(dir, ROOT, '\n[profile.release]\nlto = true\n\n[workspace.metadata.ci]\nx = 1\n');
  }),

  // Cargo.lock.
  m('Cargo.lock: remove [[package]] scopeguard', ({ dir }) => {
    const lock = readLock(dir);
    lock.blocks.splice(blockIndex(lock, 'scopeguard'), 1);
    writeLock(dir, lock);
  }),
  m('Cargo.lock: remove an edge (core-lib -> scopeguard)', ({ dir }) => editLockBlock(dir, 'core-lib', (b) => b.replace(' "scopeguard",\n', ''))),
  m('Cargo.lock: add a bogus edge (pin-project-lite -> libc)', ({ dir }) => editLockBlock(dir, 'pin-project-lite', (b) => b + 'dependencies = [\n "libc",\n]\n')),
  m('Cargo.lock: change a checksum (smallvec)', ({ dir }) => editLockBlock(dir, 'smallvec', (b) => b.replace(/checksum = "(.)/, (_, c: string) => `checksum = "${c === '0' ? '1' : '0'}`))),
  m('Cargo.lock: remove a checksum (smallvec)', ({ dir }) => editLockBlock(dir, 'smallvec', (b) => b.replace(/checksum = ".*"\n/, ''))),
  replace('Cargo.lock: change a locked version (libc 0.2.139 -> 0.2.140)', 'Cargo.lock', 'name = "libc"\nversion = "0.2.139"', 'name = "libc"\nversion = "0.2.140"'),
  m('Cargo.lock: an extra unused registry [[package]] (memchr)', ({ dir }) => {
    const lock = readLock(dir);
    const entry = fs.readFileSync(path.join(FIXTURE_REGISTRY_DIR, 'index', indexPath('memchr')), 'utf8').split('\n')[0];
    const { vers, cksum } = JSON.parse(entry) as { vers: string; cksum: string };
    lock.blocks.push(`name = "memchr"\nversion = "${vers}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${cksum}"\n`);
    writeLock(dir, lock);
  }),
  m('Cargo.lock: an extra [[package]] for a path crate that does not exist', ({ dir }) => {
    const lock = readLock(dir);
    lock.blocks.push('name = "ghost"\nversion = "0.1.0"\n');
    writeLock(dir, lock);
  }),
  m('Cargo.lock: a dangling edge to a package it does not list (app -> ghost)', ({ dir }) => editLockBlock(dir, 'app', (b) => b.replace(' "core-lib",\n', ' "core-lib",\n "ghost",\n'))),
  m('Cargo.lock: packages in reverse order', ({ dir }) => {
    const lock = readLock(dir);
    lock.blocks.reverse();
    writeLock(dir, lock);
  }),
  m('Cargo.lock: dependencies of a package in reverse order (app)', ({ dir }) => editLockBlock(dir, 'app', (b) => {
    const [pre, list] = b.split('dependencies = [\n');
    const items = list.replace(/\]\n$/, '').split('\n').filter(Boolean).reverse();
    return `${pre}dependencies = [\n${items.join('\n')}\n]\n`;
  })),
  replace('Cargo.lock: version = 4 -> 3', 'Cargo.lock', 'version = 4\n', 'version = 3\n'),
  replace('Cargo.lock: comments and blank lines added', 'Cargo.lock', 'version = 4\n', 'version = 4\n\n# hand edited\n\n'),
];
