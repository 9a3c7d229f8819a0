import { CRATES_IO_HTTP_INDEX, CRATES_IO_INDEX, SourceId, formUrlencode } from '../../../src/cargo/core/source_id.js';
import { CargoError } from '../../../src/cargo/util/errors.js';

const SHA = '3ee7e7008cd7016fc2893644abab00a9f470045f';

describe('SourceId constructors', () => {
  test('cratesIo is the sparse index', () => {
    const id = SourceId.cratesIo();
    expect(id.kind).toBe('sparse');
    expect(id.url).toBe('sparse+https://index.crates.io/');
    expect(id.isCratesIo()).toBe(true);
    expect(id.isRegistry()).toBe(true);
    expect(id.isGit() || id.isPath()).toBe(false);
  });

  test('forRegistryIndex picks sparse by prefix and stores the serialised URL', () => {
    expect(SourceId.forRegistryIndex('sparse+https://my-crates.io/').kind).toBe('sparse');
    const git = SourceId.forRegistryIndex('https://my-crates.io');
    expect(git.kind).toBe('registry');
    expect(git.url).toBe('https://my-crates.io/');
    expect(SourceId.forRegistryIndex(CRATES_IO_INDEX).isCratesIo()).toBe(true);
    expect(SourceId.forRegistryIndex('https://example.com/index').isCratesIo()).toBe(false);
  });

  test('forGit defaults to the default branch', () => {
    const id = SourceId.forGit('https://github.com/Foo/Bar.git');
    expect(id.isGit()).toBe(true);
    expect(id.gitReference).toEqual({ kind: 'default' });
    expect(id.canonicalUrl()).toBe('https://github.com/foo/bar');
    expect(id.precise).toBeUndefined();
  });

  test('forPath makes a file URL and needs an absolute path', () => {
    const id = SourceId.forPath('/tmp/ws/my crate');
    expect(id.url).toBe('file:///tmp/ws/my%20crate');
    expect(id.isPath()).toBe(true);
    expect(() => SourceId.forPath('relative/dir')).toThrow(CargoError);
  });

  test('bad URLs are CargoErrors of kind url', () => {
    expect(() => SourceId.forGit('not a url')).toThrow(CargoError);
    expect(() => SourceId.forRegistryIndex('github.com:foo/bar.git')).toThrow(/cannot-be-a-base/);
  });
});

describe('parseLockfileSource / toLockfileString', () => {
  test.each([
    'registry+https://github.com/rust-lang/crates.io-index',
    'sparse+https://index.crates.io/',
    'sparse+http://127.0.0.1:18931/index/',
    `git+https://github.com/rust-lang/cargo#${SHA}`,
    `git+https://github.com/rust-lang/cargo?branch=main#${SHA}`,
    `git+https://github.com/rust-lang/cargo?tag=v1#${SHA}`,
    `git+https://github.com/rust-lang/cargo?rev=abc#${SHA}`,
    // observed from cargo 1.95 (lockfile v4 form-encodes the ref)
    `git+file:///tmp/h1exp/dep?branch=feat%2Fx%2By#${SHA}`,
    'git+ssh://git@example.com:2222/Org/Thing.git?branch=dev',
    'path+file:///tmp/ws/crate',
  ])('round-trips %s', (s) => {
    expect(SourceId.parseLockfileSource(s).toLockfileString()).toBe(s);
  });

  test('git: reference from the query, precise from the fragment, both stripped from url', () => {
    const id = SourceId.parseLockfileSource(`git+https://example.com/Repo.git?branch=feat%2Fx%2By#${SHA}`);
    expect(id.kind).toBe('git');
    expect(id.url).toBe('https://example.com/Repo.git');
    expect(id.gitReference).toEqual({ kind: 'branch', name: 'feat/x+y' });
    expect(id.precise).toBe(SHA);
    expect(SourceId.parseLockfileSource(`git+https://e.com/r?tag=v1.0#${SHA}`).gitReference).toEqual({ kind: 'tag', name: 'v1.0' });
    expect(SourceId.parseLockfileSource(`git+https://e.com/r?rev=abc#${SHA}`).gitReference).toEqual({ kind: 'rev', name: 'abc' });
    // the old `ref=` spelling is a branch
    expect(SourceId.parseLockfileSource('git+https://e.com/r?ref=x').gitReference).toEqual({ kind: 'branch', name: 'x' });
  });

  test('lockfile v3 (unencoded) refs parse and can be written back unencoded', () => {
    const v3 = `git+https://e.com/r?branch=feat/x#${SHA}`;
    const id = SourceId.parseLockfileSource(v3);
    expect(id.gitReference).toEqual({ kind: 'branch', name: 'feat/x' });
    expect(id.toLockfileString({ encodeGitRef: false })).toBe(v3);
    expect(id.toLockfileString()).toBe(`git+https://e.com/r?branch=feat%2Fx#${SHA}`);
  });

  test('kinds parsed from the lockfile', () => {
    expect(SourceId.parseLockfileSource('registry+https://github.com/rust-lang/crates.io-index').kind).toBe('registry');
    const sparse = SourceId.parseLockfileSource('sparse+https://index.crates.io/');
    expect(sparse.kind).toBe('sparse');
    expect(sparse.url).toBe(CRATES_IO_HTTP_INDEX);
    expect(sparse.isCratesIo()).toBe(true);
  });

  test.each([
    ['no-plus-here', /invalid source/],
    ['svn+https://example.com/x', /unsupported source protocol `svn`/],
    ['git+not a url', /invalid source/],
    ['registry+', /invalid source/],
  ])('rejects %s', (s, msg) => {
    const loc = { file: 'Cargo.lock', line: 12 };
    let err: unknown;
    try {
      SourceId.parseLockfileSource(s, loc);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CargoError);
    expect((err as CargoError).kind).toBe('lockfile');
    expect((err as CargoError).message).toMatch(msg);
    expect((err as CargoError).oneLine()).toMatch(/^Cargo\.lock:12: /);
  });

  test('other kinds print with their protocol', () => {
    expect(SourceId.forLocalRegistry('/srv/reg').toLockfileString()).toBe('local-registry+file:///srv/reg');
    expect(SourceId.forDirectory('/srv/vendor').toLockfileString()).toBe('directory+file:///srv/vendor');
  });
});

describe('key / equality', () => {
  test('ignores precise and canonicalises the URL', () => {
    const a = SourceId.parseLockfileSource(`git+https://github.com/Foo/Bar.git#${SHA}`);
    const b = SourceId.forGit('git://github.com/foo/bar/');
    expect(a.key()).toBe(b.key());
    expect(a.equals(b)).toBe(true);
    expect(a.withPrecise(undefined).toLockfileString()).toBe('git+https://github.com/Foo/Bar.git');
  });

  test('the git reference and the kind matter', () => {
    const base = SourceId.forGit('https://example.com/r');
    expect(base.equals(SourceId.forGit('https://example.com/r', { kind: 'branch', name: 'main' }))).toBe(false);
    expect(
      SourceId.forGit('https://example.com/r', { kind: 'tag', name: 'x' }).equals(
        SourceId.forGit('https://example.com/r', { kind: 'branch', name: 'x' }),
      ),
    ).toBe(false);
    expect(SourceId.forRegistryIndex('https://example.com/r').equals(base)).toBe(false);
    expect(SourceId.forRegistryIndex('https://example.com/r/').equals(SourceId.forRegistryIndex('https://example.com/r'))).toBe(true);
  });
});

describe('formUrlencode', () => {
  test("matches cargo's frozen gitrefs_roundtrip encoding", () => {
    expect(formUrlencode('*-._+20%30 Z/z#foo=bar&zap[]?to\\()\'"')).toBe(
      '*-._%2B20%2530+Z%2Fz%23foo%3Dbar%26zap%5B%5D%3Fto%5C%28%29%27%22',
    );
    expect(formUrlencode('é')).toBe('%C3%A9');
  });

  test('a branch with every awkward character round-trips through a lockfile string', () => {
    const name = '*-._+20%30 Z/z#foo=bar&zap[]?to\\()\'"';
    const s = SourceId.forGit('https://host/path', { kind: 'branch', name }).toLockfileString();
    expect(SourceId.parseLockfileSource(s).gitReference).toEqual({ kind: 'branch', name });
  });
});
