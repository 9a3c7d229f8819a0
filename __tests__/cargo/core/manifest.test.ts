import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseManifest, readRawManifest, type Manifest } from '../../../src/cargo/core/manifest.js';
import type { Dependency } from '../../../src/cargo/core/dependency.js';
import { CargoError } from '../../../src/cargo/util/errors.js';
import { tempDir } from '../../../test-support/tmp.js';

let tmp: string;
beforeAll(() => {
  tmp = tempDir('manifest-test-');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const file = () => path.join(tmp, 'pkg', 'Cargo.toml');

/** Position of the `n`th occurrence (0-based) of `needle` in `text`. */
function at(text: string, needle: string, n = 0): { line: number; col: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, i);
  return { line: before.split('\n').length, col: i - before.lastIndexOf('\n') };
}

function dep(m: Manifest, name: string, kind = 'normal', target?: string): Dependency {
  const d = m.dependencies.find((x) => x.nameInToml === name && x.kind === kind && x.target === target);
  if (!d) throw new Error(`no ${kind} dep ${name} (${target})`);
  return d;
}

function manifestError(text: string, f = file()): CargoError {
  try {
    parseManifest(f, text);
  } catch (e) {
    expect(e).toBeInstanceOf(CargoError);
    return e as CargoError;
  }
  throw new Error('expected a CargoError');
}

describe('dependencies', () => {
  const text = `[package]
name = "demo"
version = "1.2.3-beta.1+build"
edition = "2021"
links = "z"
publish = false

[dependencies]
tokio = "1.38"
serde = { version = "1", features = ["derive"], default-features = false, optional = true }
my-rand = { package = "rand", version = "0.8" }
local = { path = "../local" }
local2 = { path = "./sub/../crates/l2", version = "0.3" }
gbranch = { git = "https://github.com/o/r", branch = "main" }
gtag = { git = "https://github.com/o/r", tag = "v1" }
grev = { git = "ssh://git@github.com/o/r.git", rev = "abc123" }
gdef = { git = "https://github.com/o/r" }
alt = { version = "2", registry = "my-reg" }
idx = { version = "3", registry-index = "sparse+https://example.com/index/" }
pubdep = { version = "1", public = true }
legacy = { version = "1", default_features = false }

[dependencies.headered]
version = "0.5"
features = ["x"]

[dev_dependencies]
insta = "1"

[build-dependencies]
cc = "1.0"

[target.'cfg(unix)'.dependencies]
libc = "0.2"

[target."x86_64-pc-windows-msvc".dev-dependencies]
winapi = { version = "0.3" }

[target.'cfg(target_os = "linux")'.build_dependencies]
pkg-config = "0.3"

[features]
default = ["serde"]
full = ["dep:serde", "tokio/full"]
`;
  let m: Manifest;
  beforeAll(() => {
    m = parseManifest(file(), text);
  });

  test('package metadata', () => {
    expect(m.package).toEqual({
      name: 'demo',
      version: '1.2.3-beta.1+build',
      edition: '2021',
      links: 'z',
      publish: false,
      location: { file: file(), ...at(text, 'package') },
    });
    expect(m.isVirtual).toBe(false);
    expect(m.dir).toBe(path.dirname(file()));
    expect(m.features).toEqual({ default: ['serde'], full: ['dep:serde', 'tokio/full'] });
  });

  test('string shorthand is a crates.io registry dependency', () => {
    const d = dep(m, 'tokio');
    // `location` is computed on demand (a prototype getter), so it is checked on its own.
    expect(d.location).toEqual({ file: file(), ...at(text, 'tokio = ') });
    expect(d).toEqual({
      nameInToml: 'tokio',
      packageName: 'tokio',
      req: '1.38',
      source: { kind: 'registry' },
      kind: 'normal',
      target: undefined,
      optional: false,
      defaultFeatures: true,
      features: [],
    });
  });

  test('detailed table fields', () => {
    const s = dep(m, 'serde');
    expect([s.req, s.features, s.defaultFeatures, s.optional]).toEqual(['1', ['derive'], false, true]);
    expect(dep(m, 'legacy').defaultFeatures).toBe(false);
    expect(dep(m, 'pubdep').public).toBe(true);
    expect(dep(m, 'tokio').public).toBeUndefined();
  });

  test('renamed dependency keeps both names', () => {
    const r = dep(m, 'my-rand');
    expect([r.nameInToml, r.packageName, r.req]).toEqual(['my-rand', 'rand', '0.8']);
  });

  test('path dependencies are absolute and normalised against the manifest dir', () => {
    expect(dep(m, 'local').source).toEqual({ kind: 'path', path: path.join(tmp, 'local') });
    expect(dep(m, 'local').req).toBeUndefined();
    expect(dep(m, 'local2').source).toEqual({ kind: 'path', path: path.join(tmp, 'pkg', 'crates', 'l2') });
    expect(dep(m, 'local2').req).toBe('0.3');
  });

  test('git references', () => {
    expect(dep(m, 'gbranch').source).toEqual({ kind: 'git', url: 'https://github.com/o/r', reference: { kind: 'branch', name: 'main' } });
    expect(dep(m, 'gtag').source).toEqual({ kind: 'git', url: 'https://github.com/o/r', reference: { kind: 'tag', name: 'v1' } });
    expect(dep(m, 'grev').source).toEqual({ kind: 'git', url: 'ssh://git@github.com/o/r.git', reference: { kind: 'rev', name: 'abc123' } });
    expect(dep(m, 'gdef').source).toEqual({ kind: 'git', url: 'https://github.com/o/r', reference: { kind: 'default' } });
    expect(dep(m, 'gdef').req).toBeUndefined();
  });

  test('alternative registries', () => {
    expect(dep(m, 'alt').source).toEqual({ kind: 'registry', registry: 'my-reg' });
    expect(dep(m, 'idx').source).toEqual({ kind: 'registry', registryIndex: 'sparse+https://example.com/index/' });
  });

  test('[dependencies.x] headers are located at the name in the header', () => {
    const h = dep(m, 'headered');
    expect([h.req, h.features]).toEqual(['0.5', ['x']]);
    expect(h.location).toEqual({ file: file(), ...at(text, 'headered') });
  });

  test('kinds, legacy underscore sections and targets', () => {
    expect(dep(m, 'insta', 'dev').location).toEqual({ file: file(), ...at(text, 'insta') });
    expect(dep(m, 'cc', 'build').req).toBe('1.0');
    expect(dep(m, 'libc', 'normal', 'cfg(unix)').location).toEqual({ file: file(), ...at(text, 'libc') });
    expect(dep(m, 'winapi', 'dev', 'x86_64-pc-windows-msvc').req).toBe('0.3');
    expect(dep(m, 'pkg-config', 'build', 'cfg(target_os = "linux")').req).toBe('0.3');
    const names = m.dependencies.map((d) => d.nameInToml);
    expect(names).toHaveLength(new Set(names).size);
    expect(names).toHaveLength(19);
  });

  test('dotted keys define a dependency table', () => {
    const t = '[package]\nname = "x"\n[dependencies]\nfoo.version = "1"\nfoo.features = ["a"]\n';
    const d = dep(parseManifest(file(), t), 'foo');
    expect([d.req, d.features, d.location.line, d.location.col]).toEqual(['1', ['a'], 4, 1]);
  });

  test('hyphenated section wins over its underscore alias, with a warning', () => {
    const t = '[package]\nname = "x"\n[dev-dependencies]\na = "1"\n[dev_dependencies]\nb = "1"\n';
    const mm = parseManifest(file(), t);
    expect(mm.dependencies.map((d) => d.nameInToml)).toEqual(['a']);
    expect(mm.warnings.map((w) => w.message).join()).toMatch(/dev_dependencies.*redundant/);
  });

  test('a dependency without any source is refused, as cargo 1.95 does', () => {
    const t = '[package]\nname = "x"\n[dependencies]\nbare = { features = ["a"] }\n';
    let err: unknown;
    try {
      parseManifest(file(), t);
    } catch (e) {
      err = e;
    }
    expect((err as CargoError).oneLine()).toMatch(/Cargo\.toml:4:1: dependency \(bare\) specified without providing/);
  });
});

describe('package', () => {
  test('version defaults to 0.0.0', () => {
    expect(parseManifest(file(), '[package]\nname = "x"\n').package?.version).toBe('0.0.0');
  });

  test('reads the file when no text is given', () => {
    const f = path.join(tmp, 'ondisk', 'Cargo.toml');
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, '\ufeff[package]\nname = "ondisk"\nversion = "0.2.0"\n');
    expect(parseManifest(f).package?.version).toBe('0.2.0');
    expect(readRawManifest(f).doc).toEqual({ package: { name: 'ondisk', version: '0.2.0' } });
  });

  test('a missing file is an io error', () => {
    const e = (() => {
      try {
        parseManifest(path.join(tmp, 'nope', 'Cargo.toml'));
      } catch (err) {
        return err as CargoError;
      }
    })();
    expect(e).toBeInstanceOf(CargoError);
    expect(e?.kind).toBe('io');
  });

  test('virtual manifest', () => {
    const t = '[workspace]\nmembers = ["a", "b/*"]\nexclude = ["b/x"]\ndefault-members = ["a"]\nresolver = "2"\n';
    const m = parseManifest(file(), t);
    expect(m.isVirtual).toBe(true);
    expect(m.package).toBeUndefined();
    expect(m.workspace).toMatchObject({ members: ['a', 'b/*'], exclude: ['b/x'], defaultMembers: ['a'], resolver: '2' });
    expect(m.workspace?.location).toEqual({ file: file(), line: 1, col: 2 });
  });
});

describe('workspace inheritance', () => {
  const rootFile = () => path.join(tmp, 'ws', 'Cargo.toml');
  const rootText = `[workspace]
members = ["crates/*"]

[workspace.package]
version = "2.0.0"
edition = "2024"
license = "MIT"

[workspace.dependencies]
serde = { version = "1.0", features = ["derive"] }
nodef = { version = "1", default-features = false, features = ["std"] }
plain = "0.9"
local = { path = "crates/local" }
gitdep = { git = "https://github.com/o/r", tag = "t" }
`;
  const memberFile = () => path.join(tmp, 'ws', 'crates', 'm', 'Cargo.toml');
  const memberText = `[package]
name = "m"
version.workspace = true
edition = { workspace = true }
license.workspace = true

[dependencies]
serde = { workspace = true, features = ["rc"], optional = true }
nodef = { workspace = true }
plain.workspace = true
local = { workspace = true }

[dev-dependencies]
gitdep = { workspace = true, default-features = false }

[target.'cfg(unix)'.build-dependencies]
nodef2 = { workspace = true, default-features = true }
`;
  let root: Manifest;
  let m: Manifest;
  beforeAll(() => {
    root = parseManifest(rootFile(), rootText + 'nodef2 = { version = "1", default-features = false }\n');
    m = parseManifest(memberFile(), memberText, { workspaceRoot: root });
  });

  test('the root exposes raw workspace dependencies, shorthand normalised', () => {
    expect(root.workspace?.dependencies.plain).toEqual({ version: '0.9' });
    expect(root.workspace?.dependencies.local).toEqual({ path: 'crates/local' });
    expect(root.workspace?.package).toEqual({ version: '2.0.0', edition: '2024', license: 'MIT' });
  });

  test('package fields', () => {
    expect(m.package?.version).toBe('2.0.0');
    expect(m.package?.edition).toBe('2024');
  });

  test('features add up; optional comes from the member', () => {
    const d = dep(m, 'serde');
    expect([d.req, d.features, d.optional, d.defaultFeatures]).toEqual(['1.0', ['derive', 'rc'], true, true]);
    expect(d.location).toEqual({ file: memberFile(), ...at(memberText, 'serde = ') });
  });

  test('default-features: workspace false stays false unless the member says true', () => {
    expect(dep(m, 'nodef').defaultFeatures).toBe(false);
    expect(dep(m, 'nodef').features).toEqual(['std']);
    expect(dep(m, 'nodef2', 'build', 'cfg(unix)').defaultFeatures).toBe(true);
    // member false while the workspace is true: ignored, with a warning
    expect(dep(m, 'gitdep', 'dev').defaultFeatures).toBe(true);
    expect(m.warnings.some((w) => /default-features = false.*ignored/.test(w.message))).toBe(true);
  });

  test('a workspace path is relative to the root; the source and req come from the root', () => {
    expect(dep(m, 'local').source).toEqual({ kind: 'path', path: path.join(tmp, 'ws', 'crates', 'local') });
    expect(dep(m, 'plain').req).toBe('0.9');
    expect(dep(m, 'gitdep', 'dev').source).toEqual({ kind: 'git', url: 'https://github.com/o/r', reference: { kind: 'tag', name: 't' } });
  });

  test('a root package inherits from its own [workspace]', () => {
    const t = '[package]\nname = "r"\nversion.workspace = true\n[workspace.package]\nversion = "3.1.4"\n[workspace.dependencies]\na = "1"\n[dependencies]\na.workspace = true\n';
    const r = parseManifest(rootFile(), t);
    expect(r.package?.version).toBe('3.1.4');
    expect(dep(r, 'a').req).toBe('1');
  });

  test('the root may be supplied lazily', () => {
    let calls = 0;
    const lazy = () => {
      calls++;
      return root;
    };
    parseManifest(memberFile(), '[package]\nname = "z"\n[dependencies]\na = "1"\n', { workspaceRoot: lazy });
    expect(calls).toBe(0);
    expect(dep(parseManifest(memberFile(), memberText, { workspaceRoot: lazy }), 'plain').req).toBe('0.9');
    expect(calls).toBe(1);
  });

  test('missing workspace dependency', () => {
    const t = '[package]\nname = "m"\n[dependencies]\n  nothere = { workspace = true }\n';
    let e: unknown;
    try {
      parseManifest(memberFile(), t, { workspaceRoot: root });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(CargoError);
    expect((e as CargoError).location).toEqual({ file: memberFile(), line: 4, col: 3 });
    expect((e as CargoError).message).toMatch(/workspace\.dependencies\.nothere/);
  });

  test('missing workspace package field', () => {
    const t = '[package]\nname = "m"\nrust-version.workspace = true\n';
    expect(() => parseManifest(memberFile(), t, { workspaceRoot: root })).toThrow(/workspace\.package\.rust-version/);
  });

  test('inheriting without any workspace root', () => {
    const t = '[package]\nname = "m"\n[dependencies]\nx = { workspace = true }\n';
    const e = manifestError(t);
    expect(e.message).toMatch(/no workspace root/);
    expect(e.location).toMatchObject({ line: 4, col: 1 });
  });

  test('workspace dependencies cannot be optional or inherit themselves', () => {
    expect(manifestError('[workspace]\n[workspace.dependencies]\na = { version = "1", optional = true }\n').location).toMatchObject({ line: 3, col: 22 });
    expect(manifestError('[workspace]\n[workspace.dependencies]\na = { workspace = true }\n').message).toMatch(/cannot itself/);
  });
});

describe('patch and replace', () => {
  test('[patch.crates-io], [patch.<url>] and [replace]', () => {
    const t = `[workspace]
[patch.crates-io]
bytes = { git = "https://github.com/tokio-rs/bytes", branch = "master" }
mine = { path = "vendor/mine" }
[patch.'https://github.com/o/r']
r = { path = "../r" }
[patch.my-reg]
q = "1.2"
[replace]
"foo:0.1.0" = { path = "vendor/foo" }
`;
    const m = parseManifest(file(), t);
    expect(Object.keys(m.patch)).toEqual(['crates-io', 'https://github.com/o/r', 'my-reg']);
    expect(m.patch['crates-io'].map((d) => d.source)).toEqual([
      { kind: 'git', url: 'https://github.com/tokio-rs/bytes', reference: { kind: 'branch', name: 'master' } },
      { kind: 'path', path: path.join(tmp, 'pkg', 'vendor', 'mine') },
    ]);
    expect(m.patch['https://github.com/o/r'][0].location).toEqual({ file: file(), ...at(t, 'r = ') });
    expect(m.patch['my-reg'][0].req).toBe('1.2');
    expect(m.replace).toHaveLength(1);
    expect(m.replace[0].spec).toBe('foo:0.1.0');
    expect(m.replace[0].dep.source).toEqual({ kind: 'path', path: path.join(tmp, 'pkg', 'vendor', 'foo') });
    expect(m.replace[0].dep.location).toEqual({ file: file(), line: 10, col: 1 });
  });
});

describe('errors carry file:line:col', () => {
  test.each<[string, string, RegExp, { line: number; col: number }]>([
    ['broken TOML', '[package]\nname = "x"\nversion = = "1"\n', /failed to parse manifest/, { line: 3, col: 11 }],
    ['version is not a string', '[package]\nname = "x"\n[dependencies]\na = { version = 1 }\n', /integer `1`, expected a string/, { line: 4, col: 7 }],
    ['dependency is a number', '[package]\nname = "x"\n[dependencies]\na = 1\n', /expected a version string/, { line: 4, col: 1 }],
    ['features is not a list of strings', '[package]\nname = "x"\n[dependencies]\na = { version = "1", features = "x" }\n', /array of strings/, { line: 4, col: 22 }],
    ['optional is not a boolean', '[package]\nname = "x"\n[dependencies]\na = { version = "1", optional = "yes" }\n', /expected a boolean/, { line: 4, col: 22 }],
    ['package.version not semver', '[package]\nname = "x"\nversion = "1.0"\n', /not|semver/, { line: 3, col: 1 }],
    ['package.version with a v', '[package]\nname = "x"\nversion = "v1.0.0"\n', /semver/, { line: 3, col: 1 }],
    ['bad git url', '[package]\nname = "x"\n[dependencies]\na = { git = "github.com/o/r" }\n', /invalid url `github.com\/o\/r`/, { line: 4, col: 7 }],
    ['scp-like git url', '[package]\nname = "x"\n[dependencies.a]\ngit = "git@github.com:o/r.git"\n', /invalid url/, { line: 4, col: 1 }],
    ['two git references', '[package]\nname = "x"\n[dependencies]\na = { git = "https://x.org/r", branch = "b", rev = "r" }\n', /Only one of `branch`, `tag` or `rev`/, { line: 4, col: 1 }],
    ['git and path', '[package]\nname = "x"\n[dependencies]\na = { git = "https://x.org/r", path = "p" }\n', /Only one of `git` or `path`/, { line: 4, col: 1 }],
    ['registry and registry-index', '[package]\nname = "x"\n[dependencies]\na = { version = "1", registry = "r", registry-index = "https://x" }\n', /`registry` or `registry-index`/, { line: 4, col: 1 }],
    ['workspace = false', '[package]\nname = "x"\n[dependencies]\na = { workspace = false }\n', /must be `true`/, { line: 4, col: 7 }],
    ['missing package name', '\n[package]\nversion = "1.0.0"\n', /missing field `name`/, { line: 2, col: 2 }],
    ['bad package name', '[package]\nname = "a.b"\n', /invalid package name/, { line: 2, col: 1 }],
    ['unknown edition', '[package]\nname = "x"\nedition = "2019"\n', /unknown edition/, { line: 3, col: 1 }],
    ['bad resolver', '[workspace]\nresolver = "4"\n', /resolver/, { line: 2, col: 1 }],
    ['virtual manifest with dependencies', '[workspace]\n[dependencies]\na = "1"\n', /virtual manifest specifies a `dependencies`/, { line: 2, col: 2 }],
    ['neither package nor workspace', '[dependencies]\na = "1"\n', /missing either a `\[package\]` or a `\[workspace\]`/, { line: 0, col: 0 }],
    ['target entry is not a table', '[package]\nname = "x"\n[target]\nunix = 1\n', /target\.unix/, { line: 4, col: 1 }],
    ['workspace in [patch]', '[workspace]\n[patch.crates-io]\na = { workspace = true }\n', /cannot use `workspace = true` here/, { line: 3, col: 7 }],
  ])('%s', (_name, text, message, pos) => {
    const e = manifestError(text);
    expect(e.kind).toBe('manifest');
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('\n');
    if (pos.line === 0) expect(e.location).toEqual({ file: file() });
    else expect(e.location).toEqual({ file: file(), ...pos });
  });

  test('odd values never escape as raw TypeErrors', () => {
    const bodies = [
      'package = 1',
      'package = []',
      '[package]\nname = 1',
      '[package]\nname = "x"\nversion = { workspace = "yes" }',
      '[package]\nname = "x"\npublish = "no"',
      '[package]\nname = "x"\ndependencies = 5',
      '[package]\nname = "x"\n[dependencies]\na = []',
      '[package]\nname = "x"\n[dependencies]\na = { path = 1 }',
      '[package]\nname = "x"\n[dependencies]\na = { git = "https://x", branch = 1 }',
      '[package]\nname = "x"\n[dependencies]\na = { package = ["b"] }',
      '[package]\nname = "x"\n[features]\nf = "a"',
      '[package]\nname = "x"\ntarget = []',
      'workspace = 3',
      '[workspace]\nmembers = "a"',
      '[workspace]\ndependencies = []',
      '[workspace]\npackage = 1',
      '[workspace.dependencies]\na = 1',
      '[workspace]\npatch = 1',
      '[workspace]\n[patch]\ncrates-io = 1',
      '[workspace]\nreplace = 1',
      '[package]\nname = "x"\n[dependencies]\na = { registry-index = "::nope" }',
      '[package]\nname = "x"\n[dependencies]\na = 1979-05-27',
    ];
    for (const b of bodies) {
      try {
        parseManifest(file(), b);
      } catch (e) {
        expect([b, e instanceof CargoError]).toEqual([b, true]);
        expect((e as CargoError).location?.file).toBe(file());
      }
    }
  });
});
