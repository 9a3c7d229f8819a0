import type { DependencySource } from './dependency.js';
import type { PackageId } from './package_id.js';

/** The part of a dependency declaration that resolution looks at. */
export interface SummaryDependency {
  nameInToml: string;
  packageName: string;
  req: string | undefined;
  kind: 'normal' | 'dev' | 'build';
  target?: string;
  optional: boolean;
  defaultFeatures: boolean;
  features: string[];
  /** Where the dependency comes from; absent for an index entry's dependency on its own registry. */
  source?: DependencySource;
}

/** Cargo's Summary: a package's identity, dependencies and feature table. */
export interface Summary {
  id: PackageId;
  dependencies: SummaryDependency[];
  features: Record<string, string[]>;
}
