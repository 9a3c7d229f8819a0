/**
 * Line numbers for Cargo.lock entries. smol-toml reports none for values, so
 * we find the table headers in the text; the n-th `[[package]]` header is the
 * n-th element of the parsed `package` array.
 */
export class LockfileLines {
  readonly lines: string[];
  readonly packageHeaders: number[] = [];
  readonly patchUnusedHeaders: number[] = [];
  rootHeader?: number;
  versionKey?: number;
  metadataHeader?: number;

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

  /** First line in [from, to) holding `needle` (e.g. a quoted dependency string), else `from`. */
  find(needle: string, from: number, to = this.lines.length + 1): number {
    for (let line = from; line < to && line <= this.lines.length; line++) {
      if (this.lines[line - 1].includes(needle)) return line;
    }
    return from;
  }

  /** Where the table that starts at `header` ends (the next header, or EOF). */
  tableEnd(header: number): number {
    for (let line = header + 1; line <= this.lines.length; line++) {
      if (/^\s*\[/.test(this.lines[line - 1])) return line;
    }
    return this.lines.length + 1;
  }
}
