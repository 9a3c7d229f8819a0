/**
 * An insertion-ordered set of strings that usually holds a handful (the
 * features of one package): an array, plus a Set index once it grows, so a
 * crate with thousands of features stays linear.
 */
export class FewStrings {
  readonly list: string[] = [];
  private index: Set<string> | undefined;

  has(v: string): boolean {
    return this.index ? this.index.has(v) : this.list.includes(v);
  }

  /** False when `v` was already there. */
  add(v: string): boolean {
    if (this.has(v)) return false;
    this.list.push(v);
    if (this.index) this.index.add(v);
    else if (this.list.length > FewStrings.LINEAR) this.index = new Set(this.list);
    return true;
  }

  /** Past this many, `has` uses a Set: below it, a scan is cheaper than hashing. */
  static readonly LINEAR = 16;
}
