// Random TOML documents: shapeless ones, and ones shaped like Cargo.toml,
// Cargo.lock and .cargo/config.toml with hostile values in the right places,
// so generated inputs get past the syntax check into Cargo's own rules.
import fc from 'fast-check';
import { stringify } from 'smol-toml';

type Doc = Record<string, unknown>;

const NAMES = ['a', 'b', 'foo', 'foo-bar', 'foo_bar', 'Foo', 'tokio', 'bytes', 'syn', 'std', 'core', '', '1x', 'é', 'a b', '__proto__', 'constructor'];
const VERSIONS = ['0.1.0', '1.0.0', '1.2.3-alpha.1+build', '0.0.0', '1.0', '01.0.0', '1.0.0-', 'x', '', '18446744073709551616.0.0', '1.0.0+'];
const REQS = ['1', '^1.2', '~1', '=1.0.0', '>=1, <2', '*', '1.*', '', '^', '>=', 'x', '1.2.3.4', '<1.0.0-0', '=1.0.0-alpha', '0.0', '^0.0.1', '1 2', ',', '>= 1 , < 2'];
const URLS = [
  'https://github.com/rust-lang/crates.io-index', 'sparse+https://index.crates.io/', 'sparse+http://127.0.0.1:1/index/', 'https://example.com/r.git',
  'file:///tmp/x', 'ssh://git@host:22/x.git', 'git@github.com:a/b.git', '', '::', 'sparse+', 'http://[::1', 'mailto:x', 'https://h/%zz', '/abs', 'rel/path',
];
const SOURCES = [
  'registry+https://github.com/rust-lang/crates.io-index', 'sparse+https://index.crates.io/', 'sparse+http://127.0.0.1:18931/index/',
  'git+https://example.com/r?branch=main#0123456789abcdef0123456789abcdef01234567', 'git+https://example.com/r#abc', 'path+file:///tmp/x',
  'registry+', 'git+not a url', 'foo+https://x', 'nope', '', 'sparse+mailto:x', 'git+https://h/r?tag=v%20#',
];
const PATHS = ['.', '..', '../..', '/', 'a', 'a/b', '*', '**', 'a/*', '**/x', '[', '[!a]', '?', '', '../../../../../../..', 'a\\b'];

const scalar = fc.oneof(
  fc.constantFrom<unknown>(true, false, 0, -1, 99, 1.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...NAMES, ...VERSIONS, ...REQS, ...URLS, ...PATHS),
);

function pick<T>(xs: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...xs);
}

/** Either a plausible value from `good`, or anything at all. */
function field<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: good as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: anyValue(2) });
}

/** Any TOML value, nested up to `depth`. */
export function anyValue(depth: number): fc.Arbitrary<unknown> {
  if (depth <= 0) return scalar;
  return fc.oneof(
    { weight: 3, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(anyValue(depth - 1), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(pick(NAMES), fc.string({ maxLength: 6 })), anyValue(depth - 1), { maxKeys: 4 }) },
  );
}

/** Serialises, or falls back to a hand-written document for what smol-toml will not write. */
export function toToml(doc: Doc): string {
  try {
    return stringify(doc);
  } catch {
    return Object.entries(doc).map(([k, v]) => `${JSON.stringify(k)} = ${JSON.stringify(String(v))}`).join('\n');
  }
}

const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const compact = (o: Doc): Doc => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const depDetail = fc
  .record({
    version: optional(field(pick(REQS))),
    path: optional(field(pick(PATHS))),
    git: optional(field(pick(URLS))),
    branch: optional(field(pick(['main', '', 'a b', '%']))),
    tag: optional(field(pick(['v1', '']))),
    rev: optional(field(pick(['abc', '']))),
    registry: optional(field(pick(['my', 'crates-io', '']))),
    'registry-index': optional(field(pick(URLS))),
    package: optional(field(pick(NAMES))),
    workspace: optional(field(fc.boolean())),
    features: optional(field(fc.array(pick(['std', 'a/b', 'dep:x', '?', '']), { maxLength: 3 }))),
    optional: optional(field(fc.boolean())),
    'default-features': optional(field(fc.boolean())),
    default_features: optional(field(fc.boolean())),
  })
  .map(compact);

const dependency = fc.oneof(field(pick(REQS)), depDetail);
const depTable = fc.dictionary(pick(NAMES), dependency, { maxKeys: 4 });

/** A Cargo.toml-shaped document. */
export const manifestDocArb: fc.Arbitrary<Doc> = fc
  .record({
    package: optional(
      fc
        .record({
          name: field(pick(NAMES)),
          version: optional(fc.oneof(field(pick(VERSIONS)), fc.constant({ workspace: true }))),
          edition: optional(field(pick(['2015', '2018', '2021', '2024', '2027', '']))),
          resolver: optional(field(pick(['1', '2', '3', '9']))),
          workspace: optional(field(pick(PATHS))),
          links: optional(field(pick(NAMES))),
          publish: optional(field(fc.oneof(fc.boolean(), fc.array(pick(NAMES), { maxLength: 2 })))),
        })
        .map(compact),
    ),
    workspace: optional(
      fc
        .record({
          members: optional(field(fc.array(pick(PATHS), { maxLength: 4 }))),
          exclude: optional(field(fc.array(pick(PATHS), { maxLength: 2 }))),
          'default-members': optional(field(fc.array(pick(PATHS), { maxLength: 2 }))),
          resolver: optional(field(pick(['1', '2', '3', '0']))),
          dependencies: optional(depTable),
          package: optional(fc.dictionary(pick(['version', 'edition', 'license', 'publish']), anyValue(1), { maxKeys: 3 })),
        })
        .map(compact),
    ),
    dependencies: optional(depTable),
    'dev-dependencies': optional(depTable),
    'build-dependencies': optional(depTable),
    target: optional(fc.dictionary(pick(["cfg(unix)", 'x86_64-unknown-linux-gnu', 'cfg(', '']), fc.record({ dependencies: depTable }), { maxKeys: 2 })),
    features: optional(fc.dictionary(pick(['default', 'std', 'a', '']), fc.array(pick(['std', 'dep:a', 'a/b', 'a?/b', '']), { maxLength: 3 }), { maxKeys: 3 })),
    patch: optional(fc.dictionary(pick(['crates-io', ...URLS]), depTable, { maxKeys: 2 })),
    replace: optional(fc.dictionary(pick(['a:1.0.0', 'foo:0.1.0', 'x', '']), depDetail, { maxKeys: 2 })),
  })
  .map(compact);

const lockDep = fc.oneof(
  pick(NAMES),
  fc.tuple(pick(NAMES), pick(VERSIONS)).map(([n, v]) => `${n} ${v}`),
  fc.tuple(pick(NAMES), pick(VERSIONS), pick(SOURCES)).map(([n, v, s]) => `${n} ${v} (${s})`),
  fc.string({ maxLength: 20 }),
);

const lockPackage = fc
  .record({
    name: field(pick(NAMES)),
    version: field(pick(VERSIONS)),
    source: optional(field(pick(SOURCES))),
    checksum: optional(field(pick(['0'.repeat(64), 'zz', '']))),
    dependencies: optional(field(fc.array(lockDep, { maxLength: 4 }))),
    replace: optional(field(lockDep)),
  })
  .map(compact);

/** A Cargo.lock-shaped document: duplicate packages and dangling edges come naturally from the small name pool. */
export const lockfileDocArb: fc.Arbitrary<Doc> = fc
  .record({
    version: optional(field(fc.constantFrom<unknown>(1, 2, 3, 4, 5, 99, 0, -1, '4', 4.5))),
    package: optional(field(fc.array(lockPackage, { maxLength: 6 }))),
    root: optional(lockPackage),
    metadata: optional(
      fc.dictionary(
        fc.tuple(pick(['checksum', 'x']), lockDep).map(([k, d]) => `${k} ${d}`),
        field(pick(['<none>', '0'.repeat(64), ''])),
        { maxKeys: 3 },
      ),
    ),
    patch: optional(fc.record({ unused: field(fc.array(lockPackage, { maxLength: 2 })) })),
  })
  .map(compact);

const sourceDef = fc
  .record({
    'replace-with': optional(field(pick(['crates-io', 'local', 'x', 'loop', '']))),
    registry: optional(field(pick(URLS))),
    'local-registry': optional(field(pick(PATHS))),
    directory: optional(field(pick(PATHS))),
    git: optional(field(pick(URLS))),
    branch: optional(field(pick(['main']))),
  })
  .map(compact);

/** A .cargo/config.toml-shaped document, replacement cycles included. */
export const configDocArb: fc.Arbitrary<Doc> = fc
  .record({
    source: optional(fc.dictionary(pick(['crates-io', 'local', 'x', 'loop', 'my', '']), sourceDef, { maxKeys: 4 })),
    registries: optional(
      fc.dictionary(pick(['my', 'crates-io', 'x', '']), fc.record({ index: optional(field(pick(URLS))), token: optional(field(pick(['t', '']))) }).map(compact), { maxKeys: 3 }),
    ),
    registry: optional(fc.record({ default: optional(field(pick(['my', 'crates-io', 'nope']))), token: optional(field(pick(['t']))) }).map(compact)),
    net: optional(fc.dictionary(pick(['offline', 'git-fetch-with-cli', 'retry']), anyValue(1), { maxKeys: 2 })),
  })
  .map(compact);

/** Any document: tables of anything, keys from Cargo's vocabulary or random. */
export const anyDocArb: fc.Arbitrary<Doc> = fc.dictionary(
  fc.oneof(pick(['package', 'workspace', 'dependencies', 'version', 'source', 'registries', 'patch', 'replace', 'metadata', 'root', 'target']), fc.string({ maxLength: 6 })),
  anyValue(3),
  { maxKeys: 5 },
);
