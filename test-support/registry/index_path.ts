import { makeDepPath } from '../../src/cargo/sources/registry/index_path.js';

/** Where a crate's file lives in a sparse index: `1/a`, `2/ab`, `3/a/abc`, `ab/cd/abcd`, lowercased. */
export function indexPath(name: string): string {
  return makeDepPath(name.toLowerCase());
}
