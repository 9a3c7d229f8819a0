import { makeDepPath } from './index_path.js';

// Markers in a registry's `dl` template (cargo's `sources/registry/mod.rs`).
export const CRATE_TEMPLATE = '{crate}';
export const VERSION_TEMPLATE = '{version}';
export const PREFIX_TEMPLATE = '{prefix}';
export const LOWER_PREFIX_TEMPLATE = '{lowerprefix}';
export const CHECKSUM_TEMPLATE = '{sha256-checksum}';

const MARKERS = [CRATE_TEMPLATE, VERSION_TEMPLATE, PREFIX_TEMPLATE, LOWER_PREFIX_TEMPLATE, CHECKSUM_TEMPLATE];

/**
 * The index directory prefix of a crate with the name's own case (`{prefix}`):
 * cargo's `make_dep_path(name, true)`, which, unlike the index path itself,
 * does not lowercase.
 */
export function depPathPrefix(name: string): string {
  makeDepPath(name, true); // validates the name
  switch (name.length) {
    case 1:
      return '1';
    case 2:
      return '2';
    case 3:
      return `3/${name[0]}`;
    default:
      return `${name.slice(0, 2)}/${name.slice(2, 4)}`;
  }
}

/** Where cargo downloads `<name>-<version>.crate` from, given config.json's `dl`. */
export function downloadUrl(dl: string, pkg: { name: string; version: string; checksum: string }): string {
  if (!MARKERS.some((m) => dl.includes(m))) return `${dl}/${pkg.name}/${pkg.version}/download`;
  const prefix = depPathPrefix(pkg.name);
  return dl
    .replaceAll(CRATE_TEMPLATE, pkg.name)
    .replaceAll(VERSION_TEMPLATE, pkg.version)
    .replaceAll(PREFIX_TEMPLATE, prefix)
    .replaceAll(LOWER_PREFIX_TEMPLATE, prefix.toLowerCase())
    .replaceAll(CHECKSUM_TEMPLATE, pkg.checksum);
}
