import { gitIdent, registryDirName, sourceIdHash } from '../../../src/cargo/core/source_dir.js';
import { SourceId } from '../../../src/cargo/core/source_id.js';
import { CargoError } from '../../../src/cargo/util/errors.js';

const NEW = { major: 1, minor: 95 };
const V185 = { major: 1, minor: 85 };
const OLD = { major: 1, minor: 84 };
const V165 = { major: 1, minor: 65 };

describe('registryDirName', () => {
  // Checked against real cargo 1.95/1.85 (new) and 1.84/1.65 (old).
  test.each<[string, string, string | undefined]>([
    ['sparse+https://index.crates.io/', 'index.crates.io-1949cf8c6b5b557f', 'index.crates.io-6f17d22bba15001f'],
    ['https://github.com/rust-lang/crates.io-index', 'github.com-25cdd57fae9f0462', 'github.com-1ecc6299db9ec823'],
    ['sparse+http://127.0.0.1:18931/index/', '127.0.0.1-a111cc81f0a41b8e', undefined],
    ['sparse+http://LOCALHOST:18931/index/', 'LOCALHOST-514cc56e8d1effb2', undefined],
    ['https://github.com/Some-Org/My-Index.git/', 'github.com-426dc3bc0178d26e', 'github.com-bce02ed05d6bd690'],
    ['https://example.com/Some/Index/', 'example.com-4569fed896f869e4', 'example.com-e1fe04ba392222d8'],
    // observed from cargo 1.95: a git registry on file:// has an empty host
    ['file:///tmp/nonexistent/My-Idx.git', '-37555e60d7c6513c', undefined],
    // observed from cargo 1.95: a sparse registry served from a local http server
    ['sparse+http://127.0.0.1:18977/Sparse/Idx/', '127.0.0.1-2d8153164680981f', undefined],
  ])('%s', (url, fresh, legacy) => {
    const id = SourceId.forRegistryIndex(url);
    expect(registryDirName(id, NEW)).toBe(fresh);
    expect(registryDirName(id, V185)).toBe(fresh);
    if (legacy !== undefined) {
      expect(registryDirName(id, OLD)).toBe(legacy);
      expect(registryDirName(id, V165)).toBe(legacy);
    }
  });

  test('the crates.io source from a lockfile lands in the same directory', () => {
    const id = SourceId.parseLockfileSource('sparse+https://index.crates.io/');
    expect(registryDirName(id, NEW)).toBe(registryDirName(SourceId.cratesIo(), NEW));
  });

  test('only remote registries have one', () => {
    expect(() => registryDirName(SourceId.forGit('https://example.com/r'), NEW)).toThrow(CargoError);
    expect(() => registryDirName(SourceId.forPath('/tmp/x'), NEW)).toThrow(CargoError);
  });
});

describe('sourceIdHash (cargo <= 1.84)', () => {
  // cargo's own test_stable_hash values from before the 1.85 hasher change.
  test.each([
    [SourceId.forRegistryIndex('https://my-crates.io'), 'fb60813d6cb8df79'],
    [SourceId.forRegistryIndex('sparse+https://my-crates.io'), 'd1ea0d96f6f759b5'],
    [SourceId.forLocalRegistry('/tmp/ws/crate'), '52a84cc73f6fd48b'],
    [SourceId.forPath('/tmp/ws/crate'), 'e1ddd48578620fc1'],
    [SourceId.forDirectory('/tmp/ws/crate'), '6568fe2c2fab5bfe'],
  ])('%s', (id, hash) => {
    expect(sourceIdHash(id, OLD)).toBe(hash);
  });
});

describe('gitIdent', () => {
  test.each([
    ['https://github.com/Rust-Lang/Hash-Dep.git', 'hash-dep-132d87b2aa3d3386', 'hash-dep-499164300899aa2d'],
    ['ssh://git@github.com/Rust-Lang/Hash-Dep.git', 'hash-dep-b1fecc701ec0d045', 'hash-dep-b906731473de4eb5'],
    ['https://example.com/Some/Repo.git/', 'Repo-a8ccaed6d270f3bb', 'Repo-3f9ff6b0e47f9f5d'],
    ['https://example.com/Some/r%C3%A9po.git', 'r%25C3%25A9po-467db3e8829523a7', 'r%25C3%25A9po-1f6bdc98db5754c1'],
  ])('%s', (url, fresh, legacy) => {
    expect(gitIdent(url, NEW)).toBe(fresh);
    expect(gitIdent(url, V185)).toBe(fresh);
    expect(gitIdent(url, OLD)).toBe(legacy);
    expect(gitIdent(url, V165)).toBe(legacy);
  });

  // Observed from cargo 1.95: `ls $CARGO_HOME/git/db` after a failed fetch.
  test.each([
    ['file:///tmp/nonexistent/Foo.git', 'Foo-f8f7e66f9fe64012'],
    ['https://GitHub.com/A/B.GIT/', 'b-826730c3fc0456a4'],
    ['file:///tmp/no%20where/Qu%C3%BCx.git', 'Qu%25C3%25BCx-2dede5653400b6bc'],
    ['ssh://git@example.com:2222/Org/Thing.git/', 'Thing-0acce8935227d821'],
    ['https://example.com/', '_empty-4d52e45a48c53201'],
  ])('observed: %s', (url, ident) => {
    expect(gitIdent(url, NEW)).toBe(ident);
  });

  test('a SourceId gives the same ident as its URL, whatever its reference and precise', () => {
    const id = SourceId.parseLockfileSource(
      'git+https://github.com/Rust-Lang/Hash-Dep.git?branch=main#3ee7e7008cd7016fc2893644abab00a9f470045f',
    );
    expect(gitIdent(id, NEW)).toBe('hash-dep-132d87b2aa3d3386');
  });

  test('bad URLs are CargoErrors', () => {
    expect(() => gitIdent('nope', NEW)).toThrow(CargoError);
  });
});
