// Cargo.toml parsing under mutated example manifests, Cargo.toml-shaped
// random documents and noise.
import fc from 'fast-check';
import { parseManifest, type Manifest } from '../../src/cargo/core/manifest.js';
import { CargoError } from '../../src/cargo/util/errors.js';
import { fuzzParams, fuzzTimeout, holds, reportInputs } from './contract.js';
import { exampleManifests } from './corpus.js';
import { mutatedArb, noiseArb } from './mutators.js';
import { anyDocArb, manifestDocArb, toToml } from './toml_arbitraries.js';

// Members inherit from the examples root; paths resolve under a directory that does not exist.
const ROOT = '/fuzz/ws/Cargo.toml';
const MEMBER = '/fuzz/ws/member/Cargo.toml';
const root: Manifest = parseManifest(ROOT, exampleManifests()[0]);

afterAll(() => reportInputs('manifest'));

function parse(text: string): boolean {
  const r = holds('parseManifest', () => parseManifest(MEMBER, text, { workspaceRoot: root }), { file: true, toml: true });
  // A root parsed from the same text must keep the contract too.
  holds('parseManifest (as root)', () => parseManifest(ROOT, text), { file: true, toml: true });
  return !(r instanceof CargoError);
}

test('the unmutated corpus parses', () => {
  for (const text of exampleManifests()) expect(parse(text)).toBe(true);
});

test('mutated example manifests', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(mutatedArb(exampleManifests()), (buf) => {
      if (parse(buf.toString('utf8'))) accepted++;
      else rejected++;
    }),
    fuzzParams(),
  );
  expect(accepted).toBeGreaterThan(0);
  expect(rejected).toBeGreaterThan(0);
}, fuzzTimeout());

test('random Cargo.toml-shaped documents', () => {
  fc.assert(fc.property(manifestDocArb, (doc) => void parse(toToml(doc))), fuzzParams());
}, fuzzTimeout());

test('random documents and noise', () => {
  fc.assert(fc.property(fc.oneof(anyDocArb.map(toToml), noiseArb), (s) => void parse(s)), fuzzParams(0.5));
}, fuzzTimeout(0.5));
