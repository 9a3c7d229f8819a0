// Cargo.lock decoding under mutated real lockfiles, Cargo.lock-shaped random
// documents and noise.
import fc from 'fast-check';
import { decodeLockfile, encodeLockfile } from '../../src/cargo/core/resolver/encode.js';
import { Resolve } from '../../src/cargo/core/resolver/resolve.js';
import { CargoError } from '../../src/cargo/util/errors.js';
import { fuzzParams, fuzzTimeout, holds, reportInputs } from './contract.js';
import { lockfiles } from './corpus.js';
import { mutatedArb, noiseArb } from './mutators.js';
import { lockfileDocArb, toToml } from './toml_arbitraries.js';

const FILE = '/fuzz/Cargo.lock';

afterAll(() => reportInputs('lockfile'));

/** Decode, build the graph, and write it back: the path every command takes. */
function decode(text: string): boolean {
  const r = holds(
    'decodeLockfile',
    () => {
      const enc = decodeLockfile(text, FILE);
      Resolve.fromEncodable(enc);
      encodeLockfile(enc);
      return enc;
    },
    { file: true, toml: true },
  );
  return !(r instanceof CargoError);
}

test('the unmutated corpus decodes', () => {
  for (const text of lockfiles()) expect(decode(text)).toBe(true);
});

test('mutated real lockfiles', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(mutatedArb(lockfiles()), (buf) => {
      if (decode(buf.toString('utf8'))) accepted++;
      else rejected++;
    }),
    fuzzParams(),
  );
  // Both sides of the parser were reached, not only its syntax check.
  expect(accepted).toBeGreaterThan(0);
  expect(rejected).toBeGreaterThan(0);
}, fuzzTimeout());

test('random Cargo.lock-shaped documents', () => {
  fc.assert(fc.property(lockfileDocArb, (doc) => void decode(toToml(doc))), fuzzParams());
}, fuzzTimeout());

test('noise', () => {
  fc.assert(fc.property(noiseArb, (s) => void decode(s)), fuzzParams(0.5));
}, fuzzTimeout(0.5));
