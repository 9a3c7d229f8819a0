/**
 * Key positions in TOML source text. smol-toml gives values but no
 * positions, and every diagnostic must point at `file:line:col`, so this
 * scans the text once and indexes where each key path is first defined.
 *
 * Not a validating parser: it assumes the text is (nearly) valid TOML and
 * degrades to whatever it managed to index. Arrays are indexed by element
 * number (`['workspace', 'members', '2']`), arrays of tables likewise
 * (`['package', '0', 'name']` for the first `[[package]]`).
 */

export interface TomlPosition {
  line: number; // 1-based
  col: number; // 1-based, in UTF-16 code units
}

const SEP = '\u0000';
const join = (prefix: string, name: string): string => (prefix === '' ? name : prefix + SEP + name);

export class TomlLocator {
  private readonly index = new Map<string, TomlPosition>();

  constructor(text: string) {
    try {
      new Scanner(text, this.index).document();
    } catch {
      // Malformed input (or absurd nesting): keep the partial index.
    }
  }

  /** Where `path` is defined, or undefined if it never is. */
  find(path: readonly string[]): TomlPosition | undefined {
    return this.index.get(path.join(SEP));
  }

  /** Where `path` is defined, else its nearest defined ancestor, else 1:1. */
  locate(path: readonly string[]): TomlPosition {
    let key = path.join(SEP);
    for (let n = path.length; n > 0; n--) {
      const hit = this.index.get(key);
      if (hit) return hit;
      key = key.slice(0, Math.max(0, key.length - path[n - 1].length - 1));
    }
    return { line: 1, col: 1 };
  }
}

/** One-shot form of `new TomlLocator(text).locate(path)`. */
export function locateKey(text: string, path: readonly string[]): TomlPosition {
  return new TomlLocator(text).locate(path);
}

interface KeyPart {
  name: string;
  pos: TomlPosition;
}

const NL = 10;
const isBare = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13;

class Scanner {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  // `[[x]]` element counters, keyed by the joined (un-indexed) header path.
  private readonly arrayTables = new Map<string, number>();

  constructor(
    private readonly s: string,
    private readonly index: Map<string, TomlPosition>,
  ) {}

  document(): void {
    const s = this.s;
    let table = '';
    while (this.i < s.length) {
      this.skipTrivia();
      if (this.i >= s.length) break;
      if (s.charCodeAt(this.i) === 91 /* [ */) {
        table = this.header() ?? table;
      } else {
        const keys = this.key();
        if (keys.length > 0) {
          const path = this.define(table, keys);
          this.skipBlank();
          if (s.charCodeAt(this.i) === 61 /* = */) {
            this.i++;
            this.skipBlank();
            this.value(path);
          }
        }
      }
      this.skipLine();
    }
  }

  private pos(): TomlPosition {
    return { line: this.line, col: this.i - this.lineStart + 1 };
  }

  private newlineAt(i: number): void {
    this.line++;
    this.lineStart = i + 1;
  }

  // Paths are kept pre-joined with SEP: the scan makes one index entry per key.
  private record(key: string, pos: TomlPosition): void {
    if (!this.index.has(key)) this.index.set(key, pos);
  }

  /** Records every prefix of `base + keys`; returns the full path. */
  private define(base: string, keys: KeyPart[]): string {
    let path = base;
    for (const k of keys) {
      path = join(path, k.name);
      this.record(path, k.pos);
    }
    return path;
  }

  private header(): string | undefined {
    const s = this.s;
    const isArray = s.charCodeAt(this.i + 1) === 91;
    this.i += isArray ? 2 : 1;
    const keys = this.key();
    if (keys.length === 0) return undefined;
    // Sub-tables of an array of tables refer to its latest element.
    let path = '';
    let plain = '';
    keys.forEach((k, n) => {
      plain = join(plain, k.name);
      path = join(path, k.name);
      this.record(path, k.pos);
      const count = this.arrayTables.get(plain);
      if (n < keys.length - 1 && count !== undefined) path = join(path, String(count));
    });
    if (isArray) {
      const idx = (this.arrayTables.get(plain) ?? -1) + 1;
      this.arrayTables.set(plain, idx);
      path = join(path, String(idx));
      this.record(path, keys[keys.length - 1].pos);
    }
    return path;
  }

  /** A dotted key; stops before `=`, `]` or anything unexpected. */
  private key(): KeyPart[] {
    const s = this.s;
    const parts: KeyPart[] = [];
    for (;;) {
      this.skipBlank();
      const pos = this.pos();
      const c = s.charCodeAt(this.i);
      let name: string;
      if (c === 34 /* " */) name = this.basicString();
      else if (c === 39 /* ' */) name = this.literalString();
      else {
        const start = this.i;
        while (this.i < s.length && isBare(s.charCodeAt(this.i))) this.i++;
        if (this.i === start) return parts;
        name = s.slice(start, this.i);
      }
      parts.push({ name, pos });
      this.skipBlank();
      if (s.charCodeAt(this.i) !== 46 /* . */) return parts;
      this.i++;
    }
  }

  private value(path: string): void {
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (c === 123 /* { */) return this.inlineTable(path);
    if (c === 91 /* [ */) return this.array(path);
    if (c === 34 || c === 39) {
      const triple = s.charCodeAt(this.i + 1) === c && s.charCodeAt(this.i + 2) === c;
      if (triple) this.multilineString(c);
      else if (c === 34) this.basicString();
      else this.literalString();
      return;
    }
    // Scalar (number, bool, date): runs to a delimiter.
    while (this.i < s.length) {
      const d = s.charCodeAt(this.i);
      if (d === 44 || d === 93 || d === 125 || d === NL || d === 35) break;
      this.i++;
    }
  }

  private inlineTable(path: string): void {
    const s = this.s;
    this.i++;
    while (this.i < s.length) {
      this.skipTrivia();
      const c = s.charCodeAt(this.i);
      if (c === 125 /* } */) {
        this.i++;
        return;
      }
      if (c === 44 /* , */) {
        this.i++;
        continue;
      }
      const keys = this.key();
      if (keys.length === 0) return;
      const inner = this.define(path, keys);
      this.skipBlank();
      if (s.charCodeAt(this.i) !== 61) return;
      this.i++;
      this.skipBlank();
      this.value(inner);
    }
  }

  private array(path: string): void {
    const s = this.s;
    this.i++;
    let idx = 0;
    while (this.i < s.length) {
      this.skipTrivia();
      const c = s.charCodeAt(this.i);
      if (c === 93 /* ] */) {
        this.i++;
        return;
      }
      if (c === 44) {
        this.i++;
        idx++;
        continue;
      }
      const before = this.i;
      const elem = join(path, String(idx));
      this.record(elem, this.pos());
      this.value(elem);
      if (this.i === before) return; // not a value: give up on this array
    }
  }

  private basicString(): string {
    const s = this.s;
    let out = '';
    this.i++;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        break;
      }
      if (c === NL) break;
      if (c === 92 /* \ */) {
        const e = s[this.i + 1];
        const hex = e === 'u' ? 4 : e === 'U' ? 8 : e === 'x' ? 2 : 0;
        if (hex > 0) {
          const cp = parseInt(s.slice(this.i + 2, this.i + 2 + hex), 16);
          out += Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
          this.i += 2 + hex;
          continue;
        }
        out += ESCAPES[e] ?? e ?? '';
        this.i += 2;
        continue;
      }
      out += s[this.i];
      this.i++;
    }
    return out;
  }

  private literalString(): string {
    const s = this.s;
    const start = ++this.i;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 39) return s.slice(start, this.i++);
      if (c === NL) break;
      this.i++;
    }
    return s.slice(start, this.i);
  }

  private multilineString(q: number): void {
    const s = this.s;
    this.i += 3;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === NL) this.newlineAt(this.i);
      else if (c === 92 && q === 34) {
        if (s.charCodeAt(this.i + 1) === NL) this.newlineAt(this.i + 1);
        this.i += 2;
        continue;
      } else if (c === q && s.charCodeAt(this.i + 1) === q && s.charCodeAt(this.i + 2) === q) {
        this.i += 3;
        // Up to two quotes right before the delimiter belong to the content.
        for (let k = 0; k < 2 && s.charCodeAt(this.i) === q; k++) this.i++;
        return;
      }
      this.i++;
    }
  }

  private skipBlank(): void {
    while (this.i < this.s.length && isBlank(this.s.charCodeAt(this.i))) this.i++;
  }

  /** Whitespace, newlines and comments. */
  private skipTrivia(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (isBlank(c)) this.i++;
      else if (c === NL) this.newlineAt(this.i++);
      else if (c === 35 /* # */) {
        while (this.i < s.length && s.charCodeAt(this.i) !== NL) this.i++;
      } else return;
    }
  }

  /** Rest of the current line, including its newline. */
  private skipLine(): void {
    const s = this.s;
    while (this.i < s.length) {
      if (s.charCodeAt(this.i) === NL) {
        this.newlineAt(this.i++);
        return;
      }
      this.i++;
    }
  }
}

const ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\',
};
