/** Where decoding Cargo.lock finds the lines it reports. */
export interface LockfilePositions {
  readonly packageHeaders: number[];
  readonly patchUnusedHeaders: number[];
  readonly rootHeader?: number;
  readonly versionKey?: number;
  readonly metadataHeader?: number;
  /** Line of `key` in the table whose header is at `header` (the header itself if unknown). */
  keyLine(header: number, key: string): number;
  /** Line of element `index` of array `key` in that table, whose text is `needle` when quoted. */
  elementLine(header: number, key: string, index: number, needle: string): number;
}

/**
 * Line numbers for any Cargo.lock TOML can express. smol-toml reports none
 * for values, so we find the table headers in the text; the n-th
 * `[[package]]` header is the n-th element of the parsed `package` array.
 * (Files in cargo's own layout take the faster `scanLockfile` instead.)
 */
export class LockfileLines implements LockfilePositions {
  readonly lines: string[];
  readonly packageHeaders: number[] = [];
  readonly patchUnusedHeaders: number[] = [];
  rootHeader?: number;
  versionKey?: number;
  metadataHeader?: number;
  private readonly ends = new Map<number, number>();

  constructor(text: string) {
    this.lines = text.split('\n');
    let inTable = false;
    this.lines.forEach((l, i) => {
      const line = i + 1;
      if (/^\s*\[\[\s*package\s*\]\]/.test(l)) this.packageHeaders.push(line);
      else if (/^\s*\[\[\s*patch\s*\.\s*unused\s*\]\]/.test(l)) this.patchUnusedHeaders.push(line);
      else if (/^\s*\[\s*root\s*\]/.test(l)) this.rootHeader = line;
      else if (/^\s*\[\s*metadata\s*\]/.test(l)) this.metadataHeader = line;
      else if (!inTable && /^\s*version\s*=/.test(l)) this.versionKey = line;
      if (/^\s*\[/.test(l)) inTable = true;
    });
  }

  keyLine(header: number, key: string): number {
    return this.find(key, header, this.tableEnd(header));
  }

  elementLine(header: number, _key: string, _index: number, needle: string): number {
    return this.find(JSON.stringify(needle), header, this.tableEnd(header));
  }

  /** First line in [from, to) holding `needle` (e.g. a quoted dependency string), else `from`. */
  find(needle: string, from: number, to = this.lines.length + 1): number {
    for (let line = from; line < to && line <= this.lines.length; line++) {
      if (this.lines[line - 1].includes(needle)) return line;
    }
    return from;
  }

  /** Where the table that starts at `header` ends (the next header, or EOF). */
  tableEnd(header: number): number {
    let end = this.ends.get(header);
    if (end === undefined) {
      end = this.lines.length + 1;
      for (let line = header + 1; line <= this.lines.length; line++) {
        if (/^\s*\[/.test(this.lines[line - 1])) {
          end = line;
          break;
        }
      }
      this.ends.set(header, end);
    }
    return end;
  }
}
