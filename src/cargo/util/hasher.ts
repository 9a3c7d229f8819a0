/**
 * The two hashers behind the `-<hash>` suffixes in CARGO_HOME directory names.
 *
 * - `StableHasher`: cargo >= 1.85 (rustc-stable-hash `StableSipHasher128`):
 *   SipHash-1-3 with 128-bit output, keys 0/0, folded to u64 as `lo*3 + hi`.
 * - `LegacySipHasher`: cargo <= 1.84 (`std::hash::SipHasher`): SipHash-2-4,
 *   64-bit output, keys 0/0.
 * Both are hand-written: no npm package implements the 1-3/128 variant.
 *
 * Both hash a plain byte stream; the Rust `Hash` framing (how integers and
 * strings become bytes) lives in the `write*` methods below.
 */

const MASK = (1n << 64n) - 1n;
const encoder = new TextEncoder();

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK;
}

interface SipState {
  v0: bigint;
  v1: bigint;
  v2: bigint;
  v3: bigint;
}

function sipRound(s: SipState): void {
  s.v0 = (s.v0 + s.v1) & MASK;
  s.v1 = rotl(s.v1, 13n) ^ s.v0;
  s.v0 = rotl(s.v0, 32n);
  s.v2 = (s.v2 + s.v3) & MASK;
  s.v3 = rotl(s.v3, 16n) ^ s.v2;
  s.v0 = (s.v0 + s.v3) & MASK;
  s.v3 = rotl(s.v3, 21n) ^ s.v0;
  s.v2 = (s.v2 + s.v1) & MASK;
  s.v1 = rotl(s.v1, 17n) ^ s.v2;
  s.v2 = rotl(s.v2, 32n);
}

function rounds(s: SipState, n: number): void {
  for (let i = 0; i < n; i++) sipRound(s);
}

/** Buffers bytes and runs SipHash compression over whole 8-byte LE words. */
abstract class SipCore {
  protected readonly s: SipState;
  private readonly tail: number[] = [];
  private length = 0;

  constructor(
    private readonly cRounds: number,
    protected readonly dRounds: number,
    wide: boolean,
    k0: bigint,
    k1: bigint,
  ) {
    this.s = {
      v0: k0 ^ 0x736f6d6570736575n,
      v1: k1 ^ 0x646f72616e646f6dn ^ (wide ? 0xeen : 0n),
      v2: k0 ^ 0x6c7967656e657261n,
      v3: k1 ^ 0x7465646279746573n,
    };
  }

  write(bytes: Uint8Array | readonly number[]): this {
    for (const b of bytes) {
      this.tail.push(b & 0xff);
      this.length++;
      if (this.tail.length === 8) this.compress(leWord(this.tail.splice(0, 8)));
    }
    return this;
  }

  writeU8(n: number): this {
    return this.write([n]);
  }

  writeU64(n: bigint): this {
    return this.write(leBytes(BigInt.asUintN(64, n)));
  }

  /** Rust's `Hash for str`: the UTF-8 bytes, then a 0xFF terminator. */
  writeStr(s: string): this {
    this.write(encoder.encode(s));
    return this.writeU8(0xff);
  }

  private compress(m: bigint): void {
    this.s.v3 ^= m;
    rounds(this.s, this.cRounds);
    this.s.v0 ^= m;
  }

  /** Pads the final block and returns the state ready for finalisation. */
  protected finalState(): SipState {
    const s = { ...this.s };
    const b = ((BigInt(this.length) & 0xffn) << 56n) | leWord(this.tail);
    s.v3 ^= b;
    rounds(s, this.cRounds);
    s.v0 ^= b;
    return s;
  }

  abstract finish(): bigint;
}

function leWord(bytes: readonly number[]): bigint {
  let w = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) w = (w << 8n) | BigInt(bytes[i]);
  return w;
}

function leBytes(n: bigint): number[] {
  const out: number[] = [];
  for (let i = 0; i < 8; i++) out.push(Number((n >> BigInt(8 * i)) & 0xffn));
  return out;
}

/** rustc-stable-hash `StableSipHasher128` (cargo >= 1.85). */
export class StableHasher extends SipCore {
  /** Cargo always uses keys 0/0; other keys exist for reference vectors. */
  constructor(k0 = 0n, k1 = 0n) {
    super(1, 3, true, k0, k1);
  }

  /**
   * rustc-stable-hash writes `isize`/`usize` (enum discriminants) as a single
   * byte when below 0xFF, otherwise 0xFF followed by 8 LE bytes.
   */
  writeDiscriminant(n: number): this {
    if (n < 0xff) return this.writeU8(n);
    this.writeU8(0xff);
    return this.writeU64(BigInt(n));
  }

  finish128(): [bigint, bigint] {
    const s = this.finalState();
    s.v2 ^= 0xeen;
    rounds(s, this.dRounds);
    const lo = s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
    s.v1 ^= 0xddn;
    rounds(s, this.dRounds);
    const hi = s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
    return [lo, hi];
  }

  finish(): bigint {
    const [lo, hi] = this.finish128();
    return (lo * 3n + hi) & MASK;
  }
}

/** `std::hash::SipHasher` (SipHash-2-4, 64-bit), used by cargo <= 1.84. */
export class LegacySipHasher extends SipCore {
  /** Cargo always uses keys 0/0; other keys exist for reference vectors. */
  constructor(k0 = 0n, k1 = 0n) {
    super(2, 4, false, k0, k1);
  }

  /** `#[derive(Hash)]` writes discriminants as `isize`: 8 LE bytes on 64-bit hosts. */
  writeDiscriminant(n: number): this {
    return this.writeU64(BigInt(n));
  }

  finish(): bigint {
    const s = this.finalState();
    s.v2 ^= 0xffn;
    rounds(s, this.dRounds);
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
  }
}

/** cargo's `to_hex(hash_u64)`: the u64's little-endian bytes as lowercase hex. */
export function shortHash(hash: bigint): string {
  return leBytes(BigInt.asUintN(64, hash))
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}
