import { LegacySipHasher, StableHasher, shortHash } from '../../../src/cargo/util/hasher.js';

// Key 00..0f and messages 00, 01, 02, ... from the SipHash paper's reference vectors.
const K0 = 0x0706050403020100n;
const K1 = 0x0f0e0d0c0b0a0908n;
const seq = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('LegacySipHasher (SipHash-2-4)', () => {
  test.each([
    [0, 0x726fdb47dd0e0e31n],
    [1, 0x74f839c593dc67fdn],
    [15, 0xa129ca6149be45e5n],
    [63, 0x958a324ceb064572n],
  ])('reference vector for %i bytes', (len, expected) => {
    expect(new LegacySipHasher(K0, K1).write(seq(len)).finish()).toBe(expected);
  });

  test('splitting writes does not change the hash', () => {
    const whole = new LegacySipHasher(K0, K1).write(seq(20)).finish();
    const parts = new LegacySipHasher(K0, K1).write(seq(3)).write(seq(20).slice(3, 11)).write(seq(20).slice(11)).finish();
    expect(parts).toBe(whole);
  });

  test('cargo <= 1.84 crates.io git index hash (kind as 8 LE bytes, then str + 0xFF)', () => {
    const h = new LegacySipHasher().writeDiscriminant(2).writeStr('https://github.com/rust-lang/crates.io-index');
    expect(shortHash(h.finish())).toBe('1ecc6299db9ec823');
  });

  test('writeDiscriminant is the same as writeU64', () => {
    expect(new LegacySipHasher().writeDiscriminant(3).finish()).toBe(new LegacySipHasher().writeU64(3n).finish());
  });
});

describe('StableHasher (SipHash-1-3, 128-bit)', () => {
  test('cargo >= 1.85 sparse crates.io hash (kind as one byte)', () => {
    const h = new StableHasher().writeDiscriminant(3).writeStr('sparse+https://index.crates.io/');
    expect(shortHash(h.finish())).toBe('1949cf8c6b5b557f');
  });

  test('finish folds the 128-bit result as lo*3 + hi (wrapping)', () => {
    const h = new StableHasher().writeStr('https://github.com/rust-lang/hash-dep');
    const [lo, hi] = h.finish128();
    expect(h.finish()).toBe((lo * 3n + hi) & 0xffffffffffffffffn);
    expect(shortHash(h.finish())).toBe('132d87b2aa3d3386');
  });

  test('large discriminants are 0xFF then 8 LE bytes', () => {
    const a = new StableHasher().writeDiscriminant(300).finish();
    const b = new StableHasher().writeU8(0xff).writeU64(300n).finish();
    expect(a).toBe(b);
    expect(new StableHasher().writeDiscriminant(2).finish()).toBe(new StableHasher().writeU8(2).finish());
  });

  test('writeStr appends the 0xFF terminator after UTF-8 bytes', () => {
    const a = new StableHasher().writeStr('é').finish();
    const b = new StableHasher().write([0xc3, 0xa9, 0xff]).finish();
    expect(a).toBe(b);
    expect(new StableHasher().write([0xc3, 0xa9]).finish()).not.toBe(a);
  });

  test('differs from the 2-4 variant on the same input', () => {
    expect(new StableHasher().writeStr('x').finish()).not.toBe(new LegacySipHasher().writeStr('x').finish());
  });
});

describe('shortHash', () => {
  test('prints the u64 little-endian bytes as hex', () => {
    expect(shortHash(0x0123456789abcdefn)).toBe('efcdab8967452301');
    expect(shortHash(1n)).toBe('0100000000000000');
  });
});
