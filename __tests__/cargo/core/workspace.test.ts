import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace, globPaths } from '../../../src/cargo/core/workspace.js';
import { CargoError } from '../../../src/cargo/util/errors.js';
import { CARGO, hasCargo, testWithCargo } from '../../../test-support/cargo.js';
import { tempDir } from '../../../test-support/tmp.js';

let tmp: string;
let n = 0;
const cargoHome = () => path.join(tmp, 'cargo-home');
beforeAll(() => {
  tmp = fs.realpathSync(tempDir('workspace-test-'));
  fs.mkdirSync(cargoHome());
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes `files` (relative path → content) into a fresh dir; `.toml`-less keys get a package manifest. */
function layout(files: Record<string, string>): string {
  const dir = path.join(tmp, `l${n++}`);
  for (const [rel, content] of Object.entries(files)) {
    const f = path.join(dir, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, content);
    if (rel.endsWith('Cargo.toml') && content.includes('[package]')) {
      fs.mkdirSync(path.join(path.dirname(f), 'src'), { recursive: true });
      fs.writeFileSync(path.join(path.dirname(f), 'src', 'lib.rs'), '');
    }
  }
  return dir;
}

const pkg = (name: string, deps = '') => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n${deps ? `[dependencies]\n${deps}\n` : ''}`;

const load = (dir: string) => Workspace.load(dir, { cargoHome: cargoHome() });

function loadError(dir: string): CargoError {
  try {
    load(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(CargoError);
    return e as CargoError;
  }
  throw new Error('expected a CargoError');
}

const cargoBin = CARGO ?? 'cargo';
const haveCargo = hasCargo;

/** `cargo metadata` member dirs (in cargo's order), or the first error line. */
function cargoMembers(dir: string): { members: string[]; defaults: string[] } | { error: string } {
  const r = spawnSync(cargoBin, ['metadata', '--format-version', '1', '--no-deps', '--offline'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CARGO_HOME: cargoHome(), PATH: `${path.dirname(cargoBin)}:${process.env.PATH}` },
  });
  if (r.status !== 0) return { error: r.stderr.split('\n')[0] };
  const meta = JSON.parse(r.stdout) as {
    packages: { id: string; manifest_path: string }[];
    workspace_members: string[];
    workspace_default_members: string[];
  };
  const dirOf = new Map(meta.packages.map((p) => [p.id, path.dirname(p.manifest_path)]));
  return { members: meta.workspace_members.map((id) => dirOf.get(id)!), defaults: meta.workspace_default_members.map((id) => dirOf.get(id)!) };
}

function ours(dir: string): { members: string[]; defaults: string[] } | { error: string } {
  try {
    const ws = load(dir);
    return { members: ws.members.map((p) => p.dir), defaults: ws.defaultMembers.map((p) => p.dir) };
  } catch (e) {
    if (!(e instanceof CargoError)) throw e;
    return { error: e.message };
  }
}

/** Same members and default members as real cargo (or both fail). */
function expectSameAsCargo(dir: string): void {
  const mine = ours(dir);
  if (!haveCargo) return;
  const theirs = cargoMembers(dir);
  if ('error' in theirs) expect(mine).toEqual({ error: expect.any(String) });
  else expect(mine).toEqual(theirs);
}

const cargoTest = testWithCargo;

describe('member discovery matches `cargo metadata`', () => {
  const virtualWs = () =>
    layout({
      'Cargo.toml': '[workspace]\nmembers = ["crates/*", "tools/t?ol", "extra/[ab]*"]\nexclude = ["crates/skip"]\nresolver = "2"\n',
      'crates/b/Cargo.toml': pkg('b', 'inner = { path = "../../inner" }\nout = { path = "../../../outside-' + n + '" }'),
      'crates/a/Cargo.toml': pkg('a', 'b = { path = "../b" }'),
      'crates/skip/Cargo.toml': pkg('skip'),
      'crates/not-a-dir': 'file',
      'tools/tool/Cargo.toml': pkg('tool'),
      'tools/toool/Cargo.toml': pkg('toool'),
      'extra/alpha/Cargo.toml': pkg('alpha'),
      'extra/beta/Cargo.toml': pkg('beta'),
      'extra/gamma/Cargo.toml': pkg('gamma'),
      'inner/Cargo.toml': pkg('inner'),
      [`../outside-${n}/Cargo.toml`]: pkg('outside'),
    });

  cargoTest('virtual workspace: globs, exclude, path deps in and out of the root', () => {
    const dir = virtualWs();
    expectSameAsCargo(dir);
    expectSameAsCargo(path.join(dir, 'crates', 'a'));
    expectSameAsCargo(path.join(dir, 'crates', 'skip')); // excluded: a workspace of its own
  });

  test('virtual workspace, checked without cargo', () => {
    const dir = virtualWs();
    const ws = load(dir);
    expect(ws.root).toBe(dir);
    expect(ws.members.map((p) => p.name)).toEqual(['a', 'b', 'inner', 'tool', 'alpha', 'beta']);
    expect(ws.defaultMembers.map((p) => p.name)).toEqual(ws.members.map((p) => p.name));
    expect(ws.resolverVersion).toBe('2');
    expect(ws.lockfilePath).toBe(path.join(dir, 'Cargo.lock'));
    expect(ws.pathPackages.map((p) => p.name)).toEqual(['a', 'b', 'inner', 'tool', 'alpha', 'beta', 'outside']);
    expect(load(path.join(dir, 'crates', 'a', 'Cargo.toml')).defaultMembers.map((p) => p.name)).toEqual(['a']);
    const skip = load(path.join(dir, 'crates', 'skip'));
    expect([skip.root, skip.members.map((p) => p.name)]).toEqual([path.join(dir, 'crates', 'skip'), ['skip']]);
  });

  cargoTest('root package without members: its path deps under the root are members', () => {
    const dir = layout({
      'Cargo.toml': pkg('root', 'x = { path = "x" }\ny = { path = "libs/y" }') + '[workspace]\n[dev-dependencies]\nz = { path = "z" }\n',
      'x/Cargo.toml': pkg('x', 'y = { path = "../libs/y" }'),
      'libs/y/Cargo.toml': pkg('y'),
      'z/Cargo.toml': pkg('z'),
      'unrelated/Cargo.toml': pkg('unrelated'),
    });
    expectSameAsCargo(dir);
    expectSameAsCargo(path.join(dir, 'x'));
    expectSameAsCargo(path.join(dir, 'unrelated')); // not a member: cargo refuses
    expect(load(dir).members.map((p) => p.name)).toEqual(['root', 'x', 'y', 'z']);
    expect(load(dir).defaultMembers.map((p) => p.name)).toEqual(['root']);
    expect(loadError(path.join(dir, 'unrelated')).message).toMatch(/believes it's in a workspace/);
  });

  cargoTest('default-members, explicit member beating exclude, nested directories', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["p/*", "p/q/deep"]\nexclude = ["p/q"]\ndefault-members = ["p/one", "p/q/deep"]\n',
      'p/one/Cargo.toml': pkg('one'),
      'p/two/Cargo.toml': pkg('two'),
      'p/q/Cargo.toml': pkg('q'),
      'p/q/deep/Cargo.toml': pkg('deep'),
    });
    expectSameAsCargo(dir);
    expectSameAsCargo(path.join(dir, 'p', 'q'));
    expectSameAsCargo(path.join(dir, 'p', 'q', 'deep'));
    const ws = load(dir);
    expect(ws.members.map((p) => p.name)).toEqual(['one', 'two', 'deep']);
    expect(ws.defaultMembers.map((p) => p.name)).toEqual(['one', 'deep']);
  });

  cargoTest('recursive `**` globs', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["group/**/pkg"]\n',
      'group/pkg/Cargo.toml': pkg('p0'),
      'group/a/pkg/Cargo.toml': pkg('p1'),
      'group/a/b/pkg/Cargo.toml': pkg('p2'),
      'group/c/not-pkg/Cargo.toml': pkg('nope'),
    });
    expectSameAsCargo(dir);
    expect(load(dir).members.map((p) => p.name).sort()).toEqual(['p0', 'p1', 'p2']);
    const trailing = layout({ 'Cargo.toml': '[workspace]\nmembers = ["deep/**"]\n', 'deep/a/Cargo.toml': pkg('a') });
    expectSameAsCargo(trailing); // `deep/a/src` is matched too: both fail
    expect(loadError(trailing).message).toContain(path.join(trailing, 'deep', 'a', 'src'));
  });

  cargoTest('package.workspace pointer and a standalone package', () => {
    const dir = layout({
      'ws/Cargo.toml': '[workspace]\nmembers = ["../elsewhere"]\n',
      'elsewhere/Cargo.toml': pkg('elsewhere').replace('[package]\n', '[package]\nworkspace = "../ws"\n'),
      'alone/Cargo.toml': pkg('alone', 'helper = { path = "helper" }'),
      'alone/helper/Cargo.toml': pkg('helper'),
    });
    // members outside the root are refused here on purpose; cargo accepts them
    expect(loadError(path.join(dir, 'ws')).message).toMatch(/outside the workspace root/);
    expectSameAsCargo(path.join(dir, 'alone'));
    const alone = load(path.join(dir, 'alone'));
    expect(alone.members.map((p) => p.name)).toEqual(['alone']);
    expect(alone.pathPackages.map((p) => p.name)).toEqual(['alone', 'helper']);
  });

  cargoTest('package.workspace pointer to an enclosing root', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["a/b"]\n',
      'a/Cargo.toml': '[workspace]\nmembers = []\n',
      'a/b/Cargo.toml': pkg('b').replace('[package]\n', '[package]\nworkspace = "../.."\n'),
    });
    expectSameAsCargo(dir);
    expectSameAsCargo(path.join(dir, 'a', 'b'));
    expect(load(path.join(dir, 'a', 'b')).root).toBe(dir);
  });

  cargoTest('a [workspace] between root and member: the already-loaded root wins, as in cargo', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["a/*"]\n',
      'a/Cargo.toml': '[workspace]\n',
      'a/b/Cargo.toml': pkg('b'),
    });
    expectSameAsCargo(dir);
    expectSameAsCargo(path.join(dir, 'a', 'b'));
    expect(load(dir).members.map((p) => p.name)).toEqual(['b']);
    expect(loadError(path.join(dir, 'a', 'b')).message).toMatch(/believes it's in a workspace/);
  });

  cargoTest('a member that is itself a workspace root is in the wrong workspace', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["a"]\n',
      'a/Cargo.toml': pkg('a') + '[workspace]\n',
    });
    expectSameAsCargo(dir);
    expect(loadError(dir).message).toMatch(/wrong workspace/);
  });
});

describe('root search', () => {
  test('never climbs out of CARGO_HOME', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["home/registry/pkg"]\n',
      'home/registry/pkg/Cargo.toml': pkg('pkg'),
    });
    const inHome = Workspace.load(path.join(dir, 'home', 'registry', 'pkg'), { cargoHome: path.join(dir, 'home') });
    expect(inHome.root).toBe(path.join(dir, 'home', 'registry', 'pkg'));
    expect(Workspace.load(path.join(dir, 'home', 'registry', 'pkg'), { cargoHome: cargoHome() }).root).toBe(dir);
  });

  test('accepts a manifest path as well as a directory', () => {
    const dir = layout({ 'Cargo.toml': '[workspace]\nmembers = ["a"]\n', 'a/Cargo.toml': pkg('a') });
    expect(load(path.join(dir, 'a', 'Cargo.toml')).root).toBe(dir);
  });
});

describe('inheritance across the workspace', () => {
  test('members inherit package fields and dependencies from the root', () => {
    const dir = layout({
      'Cargo.toml':
        '[workspace]\nmembers = ["m"]\n[workspace.package]\nversion = "4.5.6"\n[workspace.dependencies]\nshared = { path = "shared", features = ["a"] }\n',
      'm/Cargo.toml': '[package]\nname = "m"\nversion.workspace = true\n[dependencies]\nshared = { workspace = true, features = ["b"] }\n',
      'shared/Cargo.toml': '[package]\nname = "shared"\nversion.workspace = true\n',
    });
    const ws = load(dir);
    expect(ws.members.map((p) => [p.name, p.version])).toEqual([
      ['m', '4.5.6'],
      ['shared', '4.5.6'],
    ]);
    const d = ws.members[0].manifest.dependencies[0];
    expect([d.source, d.features]).toEqual([{ kind: 'path', path: path.join(dir, 'shared') }, ['a', 'b']]);
  });

  test('an unknown workspace dependency points at the member', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["m"]\n',
      'm/Cargo.toml': '[package]\nname = "m"\n[dependencies]\nmissing = { workspace = true }\n',
    });
    const e = loadError(dir);
    expect(e.location).toEqual({ file: path.join(dir, 'm', 'Cargo.toml'), line: 4, col: 1 });
  });
});

describe('patch, replace and path packages', () => {
  test('root [patch] and [replace] path packages are local packages; non-member dev-deps are not followed', () => {
    const dir = layout({
      'Cargo.toml':
        '[workspace]\nmembers = ["m"]\n[patch.crates-io]\nfoo = { path = "vendor/foo" }\n[patch."https://github.com/o/r"]\nbar = { git = "https://github.com/o/bar" }\n[replace]\n"baz:1.0.0" = { path = "vendor/baz" }\n',
      'm/Cargo.toml': pkg('m', 'o = { path = "../../o-' + n + '" }'),
      [`../o-${n}/Cargo.toml`]: pkg('o', 'o2 = { path = "../o2-' + n + '" }') + `[dev-dependencies]\nnever = { path = "does-not-exist" }\n`,
      [`../o2-${n}/Cargo.toml`]: pkg('o2'),
      'vendor/foo/Cargo.toml': pkg('foo'),
      'vendor/baz/Cargo.toml': pkg('baz'),
    });
    const ws = load(dir);
    expect(ws.members.map((p) => p.name)).toEqual(['m']);
    expect(ws.pathPackages.map((p) => p.name)).toEqual(['m', 'foo', 'baz', 'o', 'o2']);
    expect(Object.keys(ws.patch)).toEqual(['crates-io', 'https://github.com/o/r']);
    expect(ws.replace.map((r) => r.spec)).toEqual(['baz:1.0.0']);
  });

  test('path dependency cycles terminate', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["a"]\n',
      'a/Cargo.toml': pkg('a', 'b = { path = "../b" }'),
      'b/Cargo.toml': pkg('b', 'a = { path = "../a" }\nc = { path = "../../c-' + n + '" }'),
      [`../c-${n}/Cargo.toml`]: pkg('c', 'c2 = { path = "../c2-' + n + '" }'),
      [`../c2-${n}/Cargo.toml`]: pkg('c2', 'c = { path = "../c-' + n + '" }'),
    });
    const ws = load(dir);
    expect(ws.members.map((p) => p.name)).toEqual(['a', 'b']);
    expect(ws.pathPackages.map((p) => p.name)).toEqual(['a', 'b', 'c', 'c2']);
  });

  test('a missing path dependency is reported at the dependency', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["a"]\n',
      'a/Cargo.toml': pkg('a', 'gone = { path = "../gone" }'),
    });
    const e = loadError(dir);
    expect(e.location).toEqual({ file: path.join(dir, 'a', 'Cargo.toml'), line: 6, col: 1 });
  });
});

describe('workspace errors', () => {
  test('a member without a manifest is reported at its `members` entry', () => {
    const dir = layout({ 'Cargo.toml': '[workspace]\nmembers = [\n  "ok",\n  "missing",\n]\n', 'ok/Cargo.toml': pkg('ok') });
    const e = loadError(dir);
    expect(e.kind).toBe('workspace');
    expect(e.message).toContain(`failed to load manifest for workspace member \`${path.join(dir, 'missing')}\``);
    expect(e.location).toEqual({ file: path.join(dir, 'Cargo.toml'), line: 4, col: 3 });
  });

  test('a glob matching a directory without Cargo.toml fails like cargo', () => {
    const dir = layout({ 'Cargo.toml': '[workspace]\nmembers = ["c/*"]\n', 'c/a/Cargo.toml': pkg('a'), 'c/empty/README': '' });
    expect(loadError(dir).message).toContain(path.join(dir, 'c', 'empty'));
    if (haveCargo) expect(cargoMembers(dir)).toEqual({ error: expect.stringContaining('failed to load manifest') });
  });

  test.each(['../sibling', '../*', 'a/../../x', '/etc'])('members entry %s escaping the root is refused', (entry) => {
    const dir = layout({ 'Cargo.toml': `[workspace]\nmembers = ["${entry}"]\n` });
    const e = loadError(dir);
    expect(e.message).toMatch(/outside the workspace root/);
    expect(e.location).toEqual({ file: path.join(dir, 'Cargo.toml'), line: 2, col: 12 });
  });

  test('default-members outside the members', () => {
    const dir = layout({
      'Cargo.toml': '[workspace]\nmembers = ["a"]\ndefault-members = ["b"]\n',
      'a/Cargo.toml': pkg('a'),
      'b/Cargo.toml': pkg('b'),
    });
    expect(loadError(dir).message).toMatch(/listed in default-members but is not a member/);
    if (haveCargo) expect(cargoMembers(dir)).toHaveProperty('error');
  });

  test('two members with one name', () => {
    const dir = layout({ 'Cargo.toml': '[workspace]\nmembers = ["a", "b"]\n', 'a/Cargo.toml': pkg('same'), 'b/Cargo.toml': pkg('same') });
    expect(loadError(dir).message).toMatch(/two packages named `same`/);
    if (haveCargo) expect(cargoMembers(dir)).toHaveProperty('error');
  });

  test('bad glob pattern', () => {
    const dir = layout({ 'Cargo.toml': '[workspace]\nmembers = ["a**"]\n' });
    expect(loadError(dir).message).toMatch(/could not parse pattern `a\*\*`/);
  });

  test('no Cargo.toml at all', () => {
    const dir = layout({ 'README': '' });
    expect(loadError(dir).message).toMatch(/could not find `Cargo.toml`/);
  });

  test('a manifest error inside a member keeps its own location', () => {
    const dir = layout({ 'Cargo.toml': '[workspace]\nmembers = ["a"]\n', 'a/Cargo.toml': '[package]\nname = "a"\nversion = 1\n' });
    expect(loadError(dir).location).toEqual({ file: path.join(dir, 'a', 'Cargo.toml'), line: 3, col: 1 });
  });
});

describe('resolver version', () => {
  test.each([
    ['[workspace]\n', '1'],
    ['[workspace]\nresolver = "3"\n', '3'],
    [pkg('r').replace('2021', '2024'), '3'],
    [pkg('r'), '2'],
    [pkg('r').replace('edition = "2021"\n', ''), '1'],
    [pkg('r') + 'resolver = "1"\n', '1'],
  ])('%j → %s', (toml, expected) => {
    expect(load(layout({ 'Cargo.toml': toml })).resolverVersion).toBe(expected);
  });
});

describe('globPaths', () => {
  let dir: string;
  beforeAll(() => {
    dir = layout({ 'a1/x': '', 'a2/x': '', 'b1/x': '', '.hidden/x': '', 'deep/er/est/x': '', 'f.txt': '', '[lit]/x': '' });
  });
  const g = (p: string) => globPaths(path.join(dir, p)).map((x) => path.relative(dir, x));

  test.each<[string, string[]]>([
    ['a*', ['a1', 'a2']],
    ['?1', ['a1', 'b1']],
    ['[ab]2', ['a2']],
    ['[!a]1', ['b1']],
    ['[a-b]1', ['a1', 'b1']],
    ['*/x', ['.hidden/x', '[lit]/x', 'a1/x', 'a2/x', 'b1/x']],
    ['*.txt', ['f.txt']],
    ['deep/**', ['deep/er', 'deep/er/est']], // trailing `**`: directories below only
    ['**/x', ['.hidden/x', '[lit]/x', 'a1/x', 'a2/x', 'b1/x', 'deep/er/est/x']],
    ['deep/**/est', ['deep/er/est']],
    ['**/est', ['deep/er/est']],
    ['[[]lit]', ['[lit]']],
    ['nothing*', []],
    ['a1', ['a1']],
    ['missing', []],
  ])('%s', (pattern, expected) => {
    expect(g(pattern)).toEqual(expected);
  });

  test('unclosed class and misplaced ** are errors', () => {
    expect(() => g('[ab')).toThrow();
    expect(() => g('x**')).toThrow();
  });
});

describe('performance', () => {
  test('150 members with inheritance and path deps load well under 100 ms', () => {
    const files: Record<string, string> = {
      'Cargo.toml':
        '[workspace]\nmembers = ["crates/*"]\nresolver = "2"\n[workspace.package]\nversion = "1.0.0"\nedition = "2021"\n[workspace.dependencies]\nserde = { version = "1", features = ["derive"] }\ntokio = "1"\n' +
        Array.from({ length: 150 }, (_, i) => `c${i} = { path = "crates/c${i}" }`).join('\n') +
        '\n',
    };
    for (let i = 0; i < 150; i++) {
      files[`crates/c${i}/Cargo.toml`] =
        `[package]\nname = "c${i}"\nversion.workspace = true\nedition.workspace = true\n[dependencies]\nserde = { workspace = true }\ntokio = { workspace = true, features = ["rt"] }\n` +
        (i > 0 ? `c${i - 1} = { workspace = true }\n` : '') +
        (i > 1 ? `c${i - 2} = { path = "../c${i - 2}" }\n` : '') +
        `[dev-dependencies]\nanyhow = "1"\n[target.'cfg(unix)'.dependencies]\nlibc = "0.2"\n`;
    }
    const dir = layout(files);
    load(dir); // warm the JIT and the file cache
    // Best of five: CI machines are noisy, but a quadratic scan would be slow every time.
    let ms = Infinity;
    let ws = load(dir);
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      ws = load(dir);
      ms = Math.min(ms, performance.now() - t0);
    }
    expect(ws.members).toHaveLength(150);
    expect(ws.members[149].manifest.dependencies.find((d) => d.nameInToml === 'c148')?.source).toEqual({
      kind: 'path',
      path: path.join(dir, 'crates', 'c148'),
    });
    expect(ms).toBeLessThan(100);
  });
});
