// .cargo/config.toml loading (GlobalContext.load on a temp directory) and
// what reads it: registries, source replacement, CARGO_HOME directory names.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { SourceId } from '../../src/cargo/core/source_id.js';
import { CargoHomeLayout } from '../../src/cargo/sources/cargo_home_layout.js';
import { DEFAULT_CARGO_VERSION } from '../../src/cargo/util/cargo_version.js';
import { GlobalContext } from '../../src/cargo/util/context.js';
import { CargoError } from '../../src/cargo/util/errors.js';
import { tempDir } from '../helpers.js';
import { fuzzParams, fuzzTimeout, holds, reportInputs } from './contract.js';
import { configs } from './corpus.js';
import { mutatedArb, noiseArb } from './mutators.js';
import { configDocArb, toToml } from './toml_arbitraries.js';

const base = tempDir('cc-fuzz-config-');
const dir = path.join(base, 'ws');
const home = path.join(base, 'home');
const file = path.join(dir, '.cargo', 'config.toml');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.mkdirSync(home);

afterAll(() => {
  reportInputs('config');
  fs.rmSync(base, { recursive: true, force: true });
});

const SOURCES = [SourceId.cratesIo(), SourceId.forRegistryIndex('https://github.com/rust-lang/crates.io-index'), SourceId.forRegistryIndex('sparse+https://my.example/index/')];

function load(bytes: Buffer | string): boolean {
  fs.writeFileSync(file, bytes);
  const r = holds(
    'GlobalContext.load',
    () => {
      const cx = GlobalContext.load(dir, { CARGO_HOME: home });
      for (const name of ['crates-io', 'my', 'local', 'x', 'loop']) {
        cx.registryIndex(name);
        cx.registryToken(name);
        cx.replacementFor(name);
      }
      cx.defaultRegistry();
      const layout = new CargoHomeLayout(home, cx, DEFAULT_CARGO_VERSION);
      for (const id of SOURCES) {
        cx.replacementForUrl(id.url);
        layout.of({ name: 'foo', version: '1.0.0', source: id.toLockfileString() }, id);
      }
      return cx;
    },
    { file: true, toml: true },
  );
  return !(r instanceof CargoError);
}

test('the unmutated corpus loads', () => {
  for (const text of configs()) expect(load(text)).toBe(true);
});

test('mutated config files', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(mutatedArb(configs()), (buf) => {
      if (load(buf)) accepted++;
      else rejected++;
    }),
    fuzzParams(),
  );
  expect(accepted).toBeGreaterThan(0);
  expect(rejected).toBeGreaterThan(0);
}, fuzzTimeout());

test('random config-shaped documents and noise', () => {
  fc.assert(fc.property(fc.oneof(configDocArb.map(toToml), noiseArb), (s) => void load(s)), fuzzParams());
}, fuzzTimeout());
