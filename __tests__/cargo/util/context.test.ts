import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GlobalContext } from '../../../src/cargo/util/context.js';
import { CargoError } from '../../../src/cargo/util/errors.js';
import { tempDir } from '../../../test-support/tmp.js';

let tmp: string;
let home: string;

beforeEach(() => {
  tmp = fs.realpathSync(tempDir('context-test-'));
  home = path.join(tmp, 'cargo-home');
  fs.mkdirSync(home);
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function load(rel: string, env: NodeJS.ProcessEnv = {}): GlobalContext {
  const dir = path.join(tmp, rel);
  fs.mkdirSync(dir, { recursive: true });
  return GlobalContext.load(dir, { CARGO_HOME: home, ...env });
}

function loadError(rel: string, env: NodeJS.ProcessEnv = {}): CargoError {
  try {
    const cx = load(rel, env);
    cx.replacementForUrl('https://github.com/rust-lang/crates.io-index');
  } catch (e) {
    expect(e).toBeInstanceOf(CargoError);
    return e as CargoError;
  }
  throw new Error('expected a CargoError');
}

const ours = (cx: GlobalContext) => cx.files.filter((f) => f.startsWith(tmp));
const CRATES_IO_GIT = 'https://github.com/rust-lang/crates.io-index';
const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';

describe('config discovery', () => {
  it('reads config files from the cwd up, then CARGO_HOME, deepest first', () => {
    const deep = write('a/b/.cargo/config.toml', '');
    const shallow = write('a/.cargo/config.toml', '');
    const homeCfg = write('cargo-home/config.toml', '');
    const cx = load('a/b/c');
    expect(cx.cargoHome).toBe(home);
    expect(ours(cx)).toEqual([deep, shallow, homeCfg]);
  });

  it('prefers the extension-less `config` when both exist, with a warning', () => {
    const legacy = write('p/.cargo/config', '[registries.r]\nindex = "https://legacy.example/index"\n');
    write('p/.cargo/config.toml', '[registries.r]\nindex = "https://toml.example/index"\n');
    const cx = load('p');
    expect(ours(cx)).toEqual([legacy]);
    expect(cx.registryIndex('r')).toBe('https://legacy.example/index');
    expect(cx.warnings.join('\n')).toContain('Using');
  });

  it('does not read CARGO_HOME twice when the walk already passed it', () => {
    const homeCfg = write('cargo-home/config.toml', '');
    const cx = GlobalContext.load(path.join(tmp, 'cargo-home'), { CARGO_HOME: path.join(tmp, 'cargo-home', '.cargo') });
    expect(ours(cx).filter((f) => f === homeCfg)).toHaveLength(0);
    const inside = path.join(tmp, 'cargo-home', '.cargo');
    const again = write('cargo-home/.cargo/config.toml', '');
    const cx2 = GlobalContext.load(path.join(tmp, 'cargo-home', 'sub'), { CARGO_HOME: inside });
    expect(ours(cx2).filter((f) => f === again)).toHaveLength(1);
  });

  it('resolves a relative CARGO_HOME against the process directory, as cargo does, not the workspace', () => {
    fs.mkdirSync(path.join(tmp, 'p'), { recursive: true });
    const cx = GlobalContext.load(path.join(tmp, 'p'), { CARGO_HOME: 'rel-home' });
    expect(cx.cargoHome).toBe(path.join(process.cwd(), 'rel-home'));
  });
});

describe('precedence and merging', () => {
  it('lets deeper files win key by key while keeping other keys from shallower ones', () => {
    write('a/.cargo/config.toml', '[registries.one]\nindex = "https://shallow.example/one"\n[registries.two]\nindex = "https://shallow.example/two"\n');
    write('a/b/.cargo/config.toml', '[registries.one]\nindex = "https://deep.example/one"\n');
    write('cargo-home/config.toml', '[registries.three]\nindex = "https://home.example/three"\ntoken = "t3"\n');
    const cx = load('a/b');
    expect(cx.registryIndex('one')).toBe('https://deep.example/one');
    expect(cx.registryIndex('two')).toBe('https://shallow.example/two');
    expect(cx.registryIndex('three')).toBe('https://home.example/three');
    expect(cx.registryToken('three')).toBe('t3');
    expect(cx.registryIndex('four')).toBeUndefined();
  });

  it('joins arrays with higher precedence items last, as cargo 1.95 does', () => {
    write('cargo-home/config.toml', '[build]\nrustflags = ["-Chome"]\n');
    write('a/.cargo/config.toml', '[build]\nrustflags = ["-Cshallow"]\n');
    write('a/b/.cargo/config.toml', '[build]\nrustflags = ["-Cdeep"]\n');
    const v = load('a/b').get(['build', 'rustflags']);
    expect(v?.kind === 'array' && v.val.map((x) => x.val)).toEqual(['-Chome', '-Cshallow', '-Cdeep']);
  });

  it('rejects a key that is a table in one file and a string in another', () => {
    write('a/.cargo/config.toml', 'registries = "nope"\n');
    write('a/b/.cargo/config.toml', '[registries.x]\nindex = "https://x.example/"\n');
    const e = loadError('a/b');
    expect(e.kind).toBe('config');
    expect(e.message).toContain('registries');
  });
});

describe('environment overrides', () => {
  it('CARGO_REGISTRIES_<NAME>_INDEX and _TOKEN win over the files', () => {
    write('p/.cargo/config.toml', '[registries.my-reg]\nindex = "https://file.example/"\ntoken = "file"\n');
    const cx = load('p', { CARGO_REGISTRIES_MY_REG_INDEX: 'sparse+https://env.example/', CARGO_REGISTRIES_MY_REG_TOKEN: 'env' });
    expect(cx.registryIndex('my-reg')).toBe('sparse+https://env.example/');
    expect(cx.registryToken('my-reg')).toBe('env');
    expect(load('p').registryIndex('my-reg')).toBe('https://file.example/');
  });

  it('defines a registry from the environment alone', () => {
    expect(load('p', { CARGO_REGISTRIES_ONLY_ENV_INDEX: 'https://env.example/' }).registryIndex('only-env')).toBe('https://env.example/');
  });

  it('[registry] default and CARGO_REGISTRY_DEFAULT', () => {
    write('p/.cargo/config.toml', '[registry]\ndefault = "from-file"\ntoken = "crates-token"\n');
    expect(load('p').defaultRegistry()).toBe('from-file');
    expect(load('p').registryToken('crates-io')).toBe('crates-token');
    expect(load('p', { CARGO_REGISTRY_DEFAULT: 'from-env' }).defaultRegistry()).toBe('from-env');
    expect(load('q').defaultRegistry()).toBeUndefined();
  });

  it('reports a bad index URL with its file and line', () => {
    const file = write('p/.cargo/config.toml', '\n[registries.bad]\nindex = "not a url"\n');
    const cx = load('p');
    expect(() => cx.registryIndex('bad')).toThrow(CargoError);
    try {
      cx.registryIndex('bad');
    } catch (e) {
      expect((e as CargoError).location).toMatchObject({ file, line: 3 });
    }
  });
});

describe('source replacement', () => {
  it('replaces crates.io (both lockfile spellings) with a vendor directory relative to the project', () => {
    const file = write('proj/.cargo/config.toml', '[source.crates-io]\nreplace-with = "vendored"\n\n[source.vendored]\ndirectory = "vendor"\n');
    const cx = load('proj/sub/dir');
    const want = { name: 'vendored', kind: 'directory', url: pathToFileURL(path.join(tmp, 'proj', 'vendor')).href, definedIn: file };
    expect(cx.replacementForUrl(CRATES_IO_GIT)).toEqual(want);
    expect(cx.replacementForUrl(CRATES_IO_SPARSE)).toEqual(want);
    expect(cx.replacementFor('crates-io')).toEqual(want);
  });

  it('resolves relative local-registry paths from CARGO_HOME config against its parent', () => {
    write('cargo-home/config.toml', '[source.crates-io]\nreplace-with = "local"\n[source.local]\nlocal-registry = "local-reg"\n');
    const r = load('p').replacementForUrl(CRATES_IO_GIT);
    expect(r?.kind).toBe('local-registry');
    expect(r?.url).toBe(pathToFileURL(path.join(tmp, 'local-reg')).href);
  });

  it('keeps absolute vendor paths and sparse mirror URLs as given', () => {
    const abs = path.join(tmp, 'elsewhere', 'vendor');
    write('p/.cargo/config.toml', `[source.crates-io]\nreplace-with = "v"\n[source.v]\ndirectory = ${JSON.stringify(abs)}\n`);
    expect(load('p').replacementForUrl(CRATES_IO_SPARSE)?.url).toBe(pathToFileURL(abs).href);
    write('q/.cargo/config.toml', '[source.crates-io]\nreplace-with = "mirror"\n[source.mirror]\nregistry = "sparse+http://127.0.0.1:18931/index/"\n');
    expect(load('q').replacementForUrl(CRATES_IO_GIT)).toMatchObject({ name: 'mirror', kind: 'sparse', url: 'sparse+http://127.0.0.1:18931/index/' });
  });

  it('follows a replace-with chain to its end', () => {
    write('p/.cargo/config.toml', [
      '[source.crates-io]', 'replace-with = "a"',
      '[source.a]', 'registry = "https://a.example/index"', 'replace-with = "b"',
      '[source.b]', 'local-registry = "reg-b"',
      '[source.up]', 'git = "https://git.example/up"', 'replace-with = "g"',
      '[source.g]', 'git = "https://git.example/b"', 'tag = "v1"',
    ].join('\n'));
    const cx = load('p');
    expect(cx.replacementForUrl(CRATES_IO_GIT)).toMatchObject({ name: 'b', kind: 'local-registry', url: pathToFileURL(path.join(tmp, 'p', 'reg-b')).href });
    // A source in the middle of the chain is itself replaced, matched by its URL.
    expect(cx.replacementForUrl('https://a.example/index/')).toMatchObject({ name: 'b' });
    expect(cx.replacementFor('b')).toBeUndefined();
    // git may only be replaced by git; the reference comes along.
    expect(cx.replacementFor('up')).toMatchObject({ name: 'g', kind: 'git', url: 'https://git.example/b', gitReference: { kind: 'tag', name: 'v1' } });
  });

  it('lets replace-with name a [registries] entry', () => {
    write('p/.cargo/config.toml', '[source.crates-io]\nreplace-with = "corp"\n[registries.corp]\nindex = "sparse+https://corp.example/index/"\n');
    expect(load('p').replacementForUrl(CRATES_IO_GIT)).toMatchObject({ name: 'corp', kind: 'sparse', url: 'sparse+https://corp.example/index/' });
    expect(load('p', { CARGO_REGISTRIES_CORP_INDEX: 'https://env.example/' }).replacementForUrl(CRATES_IO_GIT)?.url).toBe('https://env.example/');
  });

  it('treats a location in [source.crates-io] itself as the replacement', () => {
    write('p/.cargo/config.toml', '[source.crates-io]\ndirectory = "vendor"\n');
    expect(load('p').replacementForUrl(CRATES_IO_GIT)).toMatchObject({ name: 'crates-io', kind: 'directory' });
    write('q/.cargo/config.toml', '[source.crates-io]\nregistry = "sparse+https://index.crates.io/"\n');
    expect(load('q').replacementForUrl(CRATES_IO_GIT)).toBeUndefined();
  });

  it('matches other registries by canonical index URL', () => {
    write('p/.cargo/config.toml', [
      '[registries.corp]', 'index = "https://GitHub.com/Corp/Index.git"',
      '[source.corp-src]', 'registry = "https://github.com/corp/index"', 'replace-with = "corp-vendor"',
      '[source.corp-vendor]', 'directory = "/srv/vendor"',
    ].join('\n'));
    const cx = load('p');
    expect(cx.replacementForUrl(cx.registryIndex('corp')!)).toMatchObject({ name: 'corp-vendor', kind: 'directory' });
    expect(cx.sourceNameForRegistryUrl('https://github.com/corp/index/')).toBe('corp-src');
    expect(cx.replacementForUrl('sparse+https://github.com/corp/index')).toBeUndefined();
    expect(cx.replacementForUrl('https://other.example/index')).toBeUndefined();
  });

  it('returns undefined when nothing is replaced', () => {
    const cx = load('p');
    expect(cx.replacementForUrl(CRATES_IO_GIT)).toBeUndefined();
    expect(cx.replacementFor('crates-io')).toBeUndefined();
    expect(cx.replacementFor('unknown')).toBeUndefined();
  });

  it('detects replace-with cycles and names both sources', () => {
    const file = write('p/.cargo/config.toml', [
      '[source.crates-io]', 'replace-with = "a"',
      '[source.a]', 'registry = "https://a.example/"', 'replace-with = "b"',
      '[source.b]', 'registry = "https://b.example/"', 'replace-with = "a"',
    ].join('\n'));
    const e = loadError('p');
    expect(e.message).toMatch(/cycle/);
    expect(e.message).toContain('`a`');
    expect(e.message).toContain('`b`');
    expect(e.location?.file).toBe(file);
    expect(e.location?.line).toBeGreaterThan(1);
  });

  it('detects a source replaced with itself through crates-io', () => {
    write('p/.cargo/config.toml', '[source.crates-io]\nreplace-with = "a"\n[source.a]\nregistry = "https://a.example/"\nreplace-with = "crates-io"\n');
    expect(loadError('p').message).toContain('`crates-io` is eventually replaced with itself');
  });

  it('refuses to replace a registry with a git source, as cargo 1.95 does', () => {
    const file = write('p/.cargo/config.toml', '[source.crates-io]\nreplace-with = "g"\n[source.g]\ngit = "https://git.example/repo.git"\n');
    const e = loadError('p');
    expect(e.message).toContain('cannot replace `crates-io` with `g`, the source `crates-io` supports checksums, but `g` does not');
    expect(e.location).toMatchObject({ file, line: 2 });
  });

  it('refuses to replace a git source with a vendor directory', () => {
    write('p/.cargo/config.toml', '[source.up]\ngit = "https://git.example/repo"\nreplace-with = "v"\n[source.v]\ndirectory = "vendor"\n');
    expect(() => load('p').replacementFor('up')).toThrow('requires a lock file to be present first');
  });

  it('reports a replace-with pointing nowhere', () => {
    const file = write('p/.cargo/config.toml', '[source.crates-io]\nreplace-with = "nope"\n');
    const e = loadError('p');
    expect(e.message).toContain('could not find a configured source with the name `nope`');
    expect(e.location).toMatchObject({ file, line: 2 });
  });

  it.each([
    ['no location', '[source.a]\nreplace-with = "b"\n', 'no source location specified for `source.a`'],
    ['two locations', '[source.a]\nregistry = "https://a.example/"\ndirectory = "v"\n', 'more than one source location'],
    ['two git refs', '[source.a]\ngit = "https://a.example/"\nbranch = "x"\nrev = "y"\n', 'only specify one of'],
    ['a bad URL', '[source.a]\nregistry = "::"\n', 'specified an invalid URL'],
    ['a non-string', '[source.a]\ndirectory = 5\n', '`source.a.directory` expected a string, but found integer'],
    ['a non-table source', 'source = 1\n', '`source` expected a table'],
  ])('rejects [source] with %s', (_name, text, message) => {
    const file = write('p/.cargo/config.toml', text);
    const e = loadError('p');
    expect(e.kind).toBe('config');
    expect(e.message).toContain(message);
    expect(e.location?.file).toBe(file);
  });
});

describe('broken TOML', () => {
  it('reports file, line and column', () => {
    const file = write('p/.cargo/config.toml', '[registries.x]\nindex = "https://x.example/"\nbroken = \n');
    const e = loadError('p');
    expect(e.kind).toBe('config');
    expect(e.location).toMatchObject({ file, line: 3 });
    expect(e.location?.col).toBeGreaterThan(0);
    expect(e.oneLine()).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: `));
    expect(e.message).not.toContain('\n');
  });
});

describe('tokenForIndexUrl', () => {
  it('finds the token of a [registries] entry by its index URL, and env tokens win', () => {
    const dir = tempDir('cc-token-');
    fs.mkdirSync(path.join(dir, '.cargo'));
    fs.writeFileSync(
      path.join(dir, '.cargo', 'config.toml'),
      '[registries.private]\nindex = "sparse+http://127.0.0.1:9999/index/"\ntoken = "from-file"\n[registries.other]\nindex = "https://example.com/git-index"\n',
    );
    const home = path.join(dir, 'home');
    expect(GlobalContext.load(dir, { CARGO_HOME: home }).tokenForIndexUrl('sparse+http://127.0.0.1:9999/index/')).toBe('from-file');
    expect(GlobalContext.load(dir, { CARGO_HOME: home, CARGO_REGISTRIES_PRIVATE_TOKEN: 'from-env' }).tokenForIndexUrl('sparse+http://127.0.0.1:9999/index')).toBe('from-env');
    // Not sparse: a different source, so no token.
    expect(GlobalContext.load(dir, { CARGO_HOME: home }).tokenForIndexUrl('http://127.0.0.1:9999/index/')).toBeUndefined();
    expect(GlobalContext.load(dir, { CARGO_HOME: home }).tokenForIndexUrl('sparse+https://unknown.example/')).toBeUndefined();
  });
});

describe('httpSettings ([http] multiplexing and cainfo)', () => {
  it('defaults to HTTP/2 where offered and Node’s CA roots', () => {
    expect(load('p').httpSettings()).toEqual({ multiplexing: true, caInfo: undefined });
  });

  it('reads both from the files, cainfo relative to the directory holding .cargo/', () => {
    write('p/.cargo/config.toml', '[http]\nmultiplexing = false\ncainfo = "certs/ca.pem"\n');
    expect(load('p/sub').httpSettings()).toEqual({ multiplexing: false, caInfo: path.join(tmp, 'p', 'certs', 'ca.pem') });
  });

  it('CARGO_HTTP_MULTIPLEXING and CARGO_HTTP_CAINFO win, cainfo relative to the cwd', () => {
    write('p/.cargo/config.toml', '[http]\nmultiplexing = false\ncainfo = "certs/ca.pem"\n');
    const cx = load('p', { CARGO_HTTP_MULTIPLEXING: 'true', CARGO_HTTP_CAINFO: 'env-ca.pem' });
    expect(cx.httpSettings()).toEqual({ multiplexing: true, caInfo: path.join(tmp, 'p', 'env-ca.pem') });
  });

  it('refuses what cargo refuses, in one line naming the key and where it was set', () => {
    expect(() => load('p', { CARGO_HTTP_MULTIPLEXING: 'yes' }).httpSettings()).toThrow(
      'environment variable `CARGO_HTTP_MULTIPLEXING` must be `true` or `false`, got `yes`',
    );
    const file = write('q/.cargo/config.toml', '[http]\nmultiplexing = "no"\n');
    const e = (() => {
      try {
        load('q').httpSettings();
      } catch (err) {
        return err as CargoError;
      }
      throw new Error('expected a CargoError');
    })();
    expect(e).toBeInstanceOf(CargoError);
    expect(e.message).toBe(`\`http.multiplexing\` expected a boolean, but found string (in ${file})`);
  });
});
