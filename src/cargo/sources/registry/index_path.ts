import { CargoError } from '../../util/errors.js';

/**
 * Path of a crate's file inside a registry index (cargo's `make_dep_path`):
 * `1/a`, `2/ab`, `3/a/abc`, `ab/cd/abcd…`. Index paths are lowercase.
 */
export function makeDepPath(name: string, prefixOnly = false): string {
  if (!/^[\x21-\x7e]+$/.test(name) || name.includes('/')) {
    throw new CargoError('index', `invalid crate name \`${name}\` for a registry index path`);
  }
  const lower = name.toLowerCase();
  const tail = prefixOnly ? '' : `/${lower}`;
  switch (lower.length) {
    case 1:
      return `1${tail}`;
    case 2:
      return `2${tail}`;
    case 3:
      return `3/${lower[0]}${tail}`;
    default:
      return `${lower.slice(0, 2)}/${lower.slice(2, 4)}${tail}`;
  }
}
