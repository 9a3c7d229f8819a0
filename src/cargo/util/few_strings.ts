const EMPTY: readonly string[] = Object.freeze([]);

/**
 * An insertion-ordered set of strings that usually holds a handful (the
 * features of one package): an array, plus a Set index once it grows, so a
 * crate with thousands of features stays linear. The array starts shared and
 * empty, then exact-sized at one element: thousands of these stay alive for a
 * whole check, and an array grown by `push` reserves 16 slots.
 */
export class FewStrings {
  private items: string[] | readonly string[] = EMPTY;
  private index: Set<string> | undefined;

  /** The members, in insertion order; do not modify. */
  get list(): readonly string[] {
    return this.items;
  }

  has(v: string): boolean {
    return this.index ? this.index.has(v) : this.items.includes(v);
  }

  /** False when `v` was already there. */
  add(v: string): boolean {
    if (this.has(v)) return false;
    if (this.items === EMPTY) this.items = [v];
    else (this.items as string[]).push(v);
    if (this.index) this.index.add(v);
    else if (this.items.length > FewStrings.LINEAR) this.index = new Set(this.items);
    return true;
  }

  /** Past this many, `has` uses a Set: below it, a scan is cheaper than hashing. */
  static readonly LINEAR = 16;
}
