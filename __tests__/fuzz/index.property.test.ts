// Registry index lines (parseIndexEntry + summaryFromIndexEntry) and the
// on-disk index cache (decodeIndexCache, findIndexCacheLine).
import fc from 'fast-check';
import { decodeIndexCache, encodeIndexCache, findIndexCacheLine } from '../../src/cargo/sources/registry/index_cache.js';
import { parseIndexEntry, summaryFromIndexEntry } from '../../src/cargo/sources/registry/index_entry.js';
import { CargoError } from '../../src/cargo/util/errors.js';
import { fuzzParams, fuzzTimeout, holds, reportInputs } from './contract.js';
import { indexLines } from './corpus.js';
import { mutatedArb, noiseArb } from './mutators.js';
import { anyValue } from './toml_arbitraries.js';

const WHERE = '/fuzz/registry/index/x/.cache/3/f/foo';
const SOURCE = 'sparse+https://index.crates.io/';
let lines: string[] = [];
let caches: Buffer[] = [];

beforeAll(async () => {
  lines = await indexLines();
  // One cache file per crate, as cargo writes them.
  const byName = new Map<string, string[]>();
  for (const l of lines) {
    const name = (JSON.parse(l) as { name: string }).name;
    byName.set(name, [...(byName.get(name) ?? []), l]);
  }
  caches = [...byName.values()].map((ls) =>
    encodeIndexCache({ indexVersion: 'etag: "abc"', entries: ls.map((line) => ({ version: (JSON.parse(line) as { vers: string }).vers, line })) }),
  );
}, 120_000);

afterAll(() => reportInputs('index'));

function entry(line: string): boolean {
  const r = holds('parseIndexEntry + summaryFromIndexEntry', () => summaryFromIndexEntry(parseIndexEntry(line, WHERE), SOURCE), { file: true });
  return !(r instanceof CargoError);
}

function cache(buf: Buffer): void {
  holds('decodeIndexCache', () => decodeIndexCache(buf, WHERE), { file: true });
  for (const v of ['1.0.0', '0.2.139', '']) holds('findIndexCacheLine', () => findIndexCacheLine(buf, v, WHERE), { file: true });
}

test('the unmutated corpus parses', () => {
  expect(lines.length).toBeGreaterThan(50);
  for (const l of lines) expect(entry(l)).toBe(true);
  for (const c of caches) expect(decodeIndexCache(c, WHERE).entries.length).toBeGreaterThan(0);
});

test('mutated index lines', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(mutatedArb(lines), (buf) => {
      if (entry(buf.toString('utf8'))) accepted++;
      else rejected++;
    }),
    fuzzParams(),
  );
  expect(accepted).toBeGreaterThan(0);
  expect(rejected).toBeGreaterThan(0);
}, fuzzTimeout());

// Well-formed JSON whose fields have the wrong shapes.
const jsonEntry = fc.record(
  {
    name: fc.oneof(fc.string(), anyValue(1)),
    vers: fc.oneof(fc.constantFrom('1.0.0', 'x', ''), anyValue(1)),
    deps: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            { name: anyValue(1), req: anyValue(1), features: anyValue(1), optional: anyValue(0), default_features: anyValue(0), target: anyValue(0), kind: anyValue(0), package: anyValue(0) },
            { requiredKeys: [] },
          ),
          anyValue(1),
        ),
        { maxLength: 3 },
      ),
      anyValue(1),
    ),
    cksum: anyValue(0),
    features: anyValue(2),
    features2: anyValue(2),
    yanked: anyValue(0),
    v: anyValue(0),
  },
  { requiredKeys: [] },
);

test('index entries of the wrong shape, and noise', () => {
  fc.assert(fc.property(fc.oneof(jsonEntry.map((o) => JSON.stringify(o)), noiseArb), (s) => void entry(s)), fuzzParams());
}, fuzzTimeout());

test('mutated index cache files', () => {
  fc.assert(fc.property(mutatedArb(caches), (buf) => cache(buf)), fuzzParams());
}, fuzzTimeout());
