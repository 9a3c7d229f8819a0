/**
 * Cargo's PackageId: name, version and the source the package comes from.
 * `source` is the lockfile spelling of the SourceId (undefined for path
 * packages, which Cargo.lock writes without a source).
 */
export interface PackageId {
  readonly name: string;
  readonly version: string;
  readonly source?: string;
}
