// Source ids and URLs: Cargo.lock `source` strings, canonical URLs, and the
// CARGO_HOME directory names derived from them.
import fc from 'fast-check';
import { canonicalUrl } from '../../src/cargo/core/canonical_url.js';
import { gitIdent, registryDirName } from '../../src/cargo/core/source_dir.js';
import { SourceId } from '../../src/cargo/core/source_id.js';
import { DEFAULT_CARGO_VERSION, type CargoVersion } from '../../src/cargo/util/cargo_version.js';
import { fuzzParams, fuzzTimeout, holds, reportInputs } from './contract.js';
import { URL_VECTORS } from './corpus.js';
import { mutatedArb, noiseArb } from './mutators.js';

// Directory hashing changed at 1.85; both layouts are live.
const VERSIONS: CargoVersion[] = [DEFAULT_CARGO_VERSION, { major: 1, minor: 84 }];
const LOC = { file: '/fuzz/Cargo.lock', line: 7 };

afterAll(() => reportInputs('url'));

function derive(id: SourceId): void {
  id.toLockfileString();
  id.toLockfileString({ encodeGitRef: false });
  id.key();
  for (const v of VERSIONS) {
    if (id.isRegistry()) registryDirName(id, v);
    if (id.isGit()) gitIdent(id, v);
  }
}

function everyReader(s: string): void {
  holds('canonicalUrl', () => canonicalUrl(s));
  holds('SourceId.parseLockfileSource', () => derive(SourceId.parseLockfileSource(s, LOC)), { file: true });
  holds('SourceId.forRegistryIndex', () => derive(SourceId.forRegistryIndex(s)));
  holds('SourceId.forGit', () => derive(SourceId.forGit(s, { kind: 'branch', name: s })));
  for (const v of VERSIONS) holds('gitIdent', () => gitIdent(s, v));
}

test('the vectors themselves keep the contract', () => {
  for (const s of URL_VECTORS) everyReader(s);
  expect(() => SourceId.parseLockfileSource(URL_VECTORS[0])).not.toThrow();
});

test('mutated source strings and URLs', () => {
  fc.assert(fc.property(mutatedArb(URL_VECTORS), (buf) => everyReader(buf.toString('utf8'))), fuzzParams());
}, fuzzTimeout());

const urlish = fc
  .tuple(
    fc.constantFrom('', 'registry+', 'sparse+', 'git+', 'path+', 'foo+', '+'),
    fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('file:///', 'ssh://git@h:1/', 'http://[::1]/', 'mailto:')),
    fc.oneof(fc.constant(''), fc.string({ maxLength: 10 })),
  )
  .map(([p, u, tail]) => p + u + tail);

test('random URLs with source prefixes, and noise', () => {
  fc.assert(fc.property(fc.oneof(urlish, noiseArb), (s) => everyReader(s)), fuzzParams());
}, fuzzTimeout());
