// Mutations of real inputs: byte flips, line deletions/duplications/swaps,
// token swaps and dictionary insertions. Each edit is a plain record of
// positions, so fast-check can shrink a failing input to few, small edits.
import fc from 'fast-check';

/** Tokens that tend to reach unusual branches of TOML, Cargo and URL parsing. */
export const DICTIONARY = [
  '[', ']', '[[', ']]', '{', '}', '"', "'", '"""', "'''", '=', ',', '.', '\n', '\r\n', '\r', '#', '\\', '\t', ' ',
  '\u0000', '\u2028', '\ufeff', '\ud800', 'é', '∞',
  'true', 'false', '0', '-1', '99', '1e400', 'inf', 'nan', '-0', '0x7fffffffffffffff', '9007199254740993', '1979-05-27T07:32:00Z',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype',
  '[package]', '[workspace]', '[[package]]', '[dependencies]', '[dev-dependencies]', '[build-dependencies]',
  "[target.'cfg(unix)'.dependencies]", '[patch.crates-io]', '[replace]', '[metadata]', '[[patch.unused]]', '[source.crates-io]',
  '[registries.my]', '[registry]', '[source.x]', '[workspace.dependencies]', '[workspace.package]', '[features]',
  'version = 99', 'version = 4', 'version = "1.0"', 'name = ""', 'workspace = true', '{ workspace = true }', 'path = ".."',
  'path = "."', 'path = "/"', 'members = ["../.."]', 'members = ["**"]', 'members = ["*"]', 'exclude = ["."]',
  'replace-with = "x"', 'registry = "sparse+"', 'index = "::"', 'default = "nope"', 'resolver = "9"',
  'dependencies = ["a", "a 1.0.0", "a 1.0.0 (registry+https://x/)"]', 'source = "git+https://h/r?branch=m#abc"',
  '"^1.2.3"', '">=1, <2"', '"1.0.0-alpha+b"', '"=1"', '"~1"', '"*"', '"1.*"', '"x"', '"^"', '">="', '"1.2.3.4"', '"01.0.0"',
  'registry+', 'sparse+', 'git+', 'path+', 'file://', 'https://', 'http://[::1]', '?branch=', '?rev=', '#', '%', '%ff', '%00',
  '..', '../', '/', '//', '@', ':', '[::]', 'github.com', '.git',
];

export type Edit =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'byte'; at: number; byte: number }
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'swapLines'; at: number; with: number }
  | { op: 'swapTokens'; at: number; with: number }
  | { op: 'insert'; at: number; token: string }
  | { op: 'truncate'; at: number };

const pos = fc.nat({ max: 1 << 20 });

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: pos, bit: fc.nat({ max: 7 }) }),
  fc.record({ op: fc.constant('byte' as const), at: pos, byte: fc.nat({ max: 255 }) }),
  fc.record({ op: fc.constant('deleteLine' as const), at: pos }),
  fc.record({ op: fc.constant('duplicateLine' as const), at: pos }),
  fc.record({ op: fc.constant('swapLines' as const), at: pos, with: pos }),
  fc.record({ op: fc.constant('swapTokens' as const), at: pos, with: pos }),
  fc.record({ op: fc.constant('insert' as const), at: pos, token: fc.oneof(fc.constantFrom(...DICTIONARY), fc.string({ maxLength: 8 })) }),
  fc.record({ op: fc.constant('truncate' as const), at: pos }),
);

/** A list of edits to apply in order. */
export const editsArb = fc.array(editArb, { minLength: 1, maxLength: 6 });

// Tokens keep their separators, so swapping two of them keeps the rest intact.
const TOKEN = /("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[A-Za-z0-9_.+\-:/@%*^~<>=!?#]+|\s+|.)/gsu;

function splitLines(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0a) {
      out.push(buf.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}

export function applyEdit(buf: Buffer, e: Edit): Buffer {
  const n = buf.length;
  switch (e.op) {
    case 'flip':
    case 'byte': {
      if (n === 0) return buf;
      const b = Buffer.from(buf);
      b[e.at % n] = e.op === 'flip' ? b[e.at % n] ^ (1 << e.bit) : e.byte;
      return b;
    }
    case 'deleteLine':
    case 'duplicateLine':
    case 'swapLines': {
      const lines = splitLines(buf);
      if (lines.length === 0) return buf;
      const i = e.at % lines.length;
      if (e.op === 'deleteLine') lines.splice(i, 1);
      else if (e.op === 'duplicateLine') lines.splice(i, 0, lines[i]);
      else {
        const j = e.with % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      return Buffer.concat(lines);
    }
    case 'swapTokens': {
      const toks = buf.toString('utf8').match(TOKEN) ?? [];
      if (toks.length < 2) return buf;
      const i = e.at % toks.length;
      const j = e.with % toks.length;
      [toks[i], toks[j]] = [toks[j], toks[i]];
      return Buffer.from(toks.join(''), 'utf8');
    }
    case 'insert': {
      const i = n === 0 ? 0 : e.at % (n + 1);
      return Buffer.concat([buf.subarray(0, i), Buffer.from(e.token, 'utf8'), buf.subarray(i)]);
    }
    case 'truncate':
      return n === 0 ? buf : buf.subarray(0, e.at % n);
  }
}

export function mutate(seed: string | Buffer, edits: readonly Edit[]): Buffer {
  let b = typeof seed === 'string' ? Buffer.from(seed, 'utf8') : seed;
  for (const e of edits) b = applyEdit(b, e);
  return b;
}

/** A seed from `corpus` with a few edits, as bytes. */
export function mutatedArb(corpus: readonly (string | Buffer)[]): fc.Arbitrary<Buffer> {
  return fc.tuple(fc.nat({ max: corpus.length - 1 }), editsArb).map(([i, edits]) => mutate(corpus[i], edits));
}

/** Pure noise: any UTF-16 (lone surrogates included), or raw bytes decoded as UTF-8. */
export const noiseArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a).toString('utf8')),
  fc.array(fc.constantFrom(...DICTIONARY), { maxLength: 30 }).map((t) => t.join('')),
);
