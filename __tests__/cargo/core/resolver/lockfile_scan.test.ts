// The Cargo.lock fast path must build exactly what smol-toml builds, or decline.
import fc from 'fast-check';
import { parse } from 'smol-toml';
import { LockfileLines } from '../../../../src/cargo/core/resolver/lockfile_lines.js';
import { scanLockfile } from '../../../../src/cargo/core/resolver/lockfile_scan.js';
import { fuzzParams } from '../../../fuzz/contract.js';
import { lockfiles } from '../../../fuzz/corpus.js';
import { mutatedArb } from '../../../fuzz/mutators.js';

/** Fails unless a scan that did not decline agrees with smol-toml and points at the right lines. */
function agrees(text: string): boolean {
  const scanned = scanLockfile(text);
  if (!scanned) return false;
  expect(scanned.doc).toEqual(parse(text));
  const lines = new LockfileLines(text);
  const p = scanned.positions;
  expect([p.packageHeaders, p.patchUnusedHeaders, p.versionKey, p.metadataHeader]).toEqual([
    lines.packageHeaders,
    lines.patchUnusedHeaders,
    lines.versionKey,
    lines.metadataHeader,
  ]);
  const text1 = text.split('\n');
  const tables = [...((scanned.doc.package as Record<string, unknown>[]) ?? [])];
  tables.forEach((t, i) => {
    const header = p.packageHeaders[i];
    ((t.dependencies as string[]) ?? []).forEach((d, j) => {
      expect(text1[p.elementLine(header, 'dependencies', j, d) - 1]).toBe(` ${JSON.stringify(d)},`);
    });
    for (const k of ['dependencies', 'replace']) {
      if (t[k] !== undefined) expect(text1[p.keyLine(header, k) - 1].startsWith(`${k} = `)).toBe(true);
    }
  });
  return true;
}

test('every lockfile cargo wrote takes the fast path and agrees with the TOML parser', () => {
  const corpus = lockfiles();
  const taken = corpus.filter(agrees).length;
  // Hand-written fixtures (v1 `[root]`, CRLF, odd spacing) may decline; cargo's own output must not.
  expect(taken).toBeGreaterThanOrEqual(corpus.length - 4);
  expect(agrees(corpus[0])).toBe(true);
});

test.each([
  ['CRLF line ends', 'version = 4\r\n\r\n[[package]]\r\nname = "a"\r\nversion = "1.0.0"\r\n'],
  ['an escape', '[[package]]\nname = "a\\u0062"\nversion = "1.0.0"\n'],
  ['a literal string', "[[package]]\nname = 'a'\nversion = \"1.0.0\"\n"],
  ['an inline array', '[[package]]\nname = "a"\ndependencies = ["b"]\n'],
  ['extra spaces', '[[package]]\nname  = "a"\n'],
  ['a trailing comment', '[[package]]\nname = "a" # x\n'],
  ['a duplicate key', '[[package]]\nname = "a"\nname = "b"\n'],
  ['a [root] table', '[root]\nname = "a"\nversion = "1.0.0"\n'],
  ['a dotted key', '[[package]]\na.b = "x"\n'],
  ['an unterminated array', '[[package]]\nname = "a"\ndependencies = [\n "b",\n'],
  ['a control character', '[[package]]\nname = "a\u0001"\n'],
  ['a non-integer version', 'version = 4.0\n'],
  ['two [metadata] tables', '[metadata]\n"a" = "b"\n\n[metadata]\n"c" = "d"\n'],
])('declines %s', (_what, text) => {
  expect(scanLockfile(text)).toBeUndefined();
});

test('reads v1 [metadata] checksums with quoted keys', () => {
  const text = '[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[metadata]\n"checksum a 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)" = "00"\n';
  expect(agrees(text)).toBe(true);
  expect(scanLockfile(text)!.positions.metadataHeader).toBe(6);
});

test('mutated lockfiles: whatever the fast path accepts, smol-toml reads the same', () => {
  let taken = 0;
  fc.assert(
    fc.property(mutatedArb(lockfiles()), (buf) => {
      const text = buf.toString('utf8');
      let viaToml = true;
      try {
        parse(text);
      } catch {
        viaToml = false;
      }
      const scanned = scanLockfile(text);
      if (!viaToml) expect(scanned).toBeUndefined();
      else if (agrees(text)) taken++;
    }),
    fuzzParams(2),
  );
  expect(taken).toBeGreaterThan(0);
});
