import { canonicalUrl } from '../../../src/cargo/core/canonical_url.js';
import { CargoError } from '../../../src/cargo/util/errors.js';

describe('canonicalUrl', () => {
  test.each([
    // one trailing slash is stripped, a bare "/" path is kept
    ['https://example.com/Some/Index/', 'https://example.com/Some/Index'],
    ['https://example.com/a//', 'https://example.com/a/'],
    ['https://example.com/', 'https://example.com/'],
    ['sparse+https://index.crates.io/', 'sparse+https://index.crates.io/'],
    ['sparse+http://127.0.0.1:18931/index/', 'sparse+http://127.0.0.1:18931/index'],
    // non-special scheme: the host keeps its case
    ['sparse+http://LOCALHOST:18931/index/', 'sparse+http://LOCALHOST:18931/index'],
    // github.com: https forced, path lowercased, before `.git` is stripped
    ['https://github.com/Rust-Lang/Hash-Dep.git', 'https://github.com/rust-lang/hash-dep'],
    ['git://github.com/Foo/Bar', 'https://github.com/foo/bar'],
    ['ssh://git@github.com/Rust-Lang/Hash-Dep.git', 'https://git@github.com/rust-lang/hash-dep'],
    ['https://GitHub.com/A/B.GIT/', 'https://github.com/a/b'],
    ['https://github.com/Some-Org/My-Index.git/', 'https://github.com/some-org/my-index'],
    // `.git` is case-sensitive elsewhere
    ['https://example.com/Some/Repo.git/', 'https://example.com/Some/Repo'],
    ['https://example.com/Some/Repo.GIT', 'https://example.com/Some/Repo.GIT'],
    ['https://example.com/x.git?q=1', 'https://example.com/x?q=1'],
    // the re-pushed segment encodes `%` again
    ['https://example.com/Some/r%C3%A9po.git', 'https://example.com/Some/r%25C3%25A9po'],
    ['https://example.com/Some/r%C3%A9po', 'https://example.com/Some/r%C3%A9po'],
    ['file:///tmp/no%20where/Qu%C3%BCx.git', 'file:///tmp/no%20where/Qu%25C3%25BCx'],
    ['https://example.com/.git', 'https://example.com/'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  test('is idempotent on already canonical URLs', () => {
    for (const u of ['https://github.com/rust-lang/cargo', 'https://example.com/Some/Repo', 'file:///tmp/x']) {
      expect(canonicalUrl(canonicalUrl(u))).toBe(canonicalUrl(u));
    }
  });

  test.each([['not a url'], ['github.com:rust-lang/rustfmt.git'], ['mailto:someone@example.com'], ['']])(
    'rejects %j with a url CargoError',
    (input) => {
      let err: unknown;
      try {
        canonicalUrl(input);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CargoError);
      expect((err as CargoError).kind).toBe('url');
      expect((err as CargoError).message).not.toMatch(/\n/);
    },
  );
});
