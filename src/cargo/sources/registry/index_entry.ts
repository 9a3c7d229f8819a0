import { CargoError } from '../../util/errors.js';
import type { Summary, SummaryDependency } from '../../core/summary.js';

/** One line of a registry index file, as crates.io writes it. */
export interface IndexEntry {
  name: string;
  vers: string;
  deps: {
    name: string;
    req: string;
    features?: string[];
    optional?: boolean;
    default_features?: boolean;
    target?: string | null;
    kind?: 'normal' | 'dev' | 'build' | null;
    package?: string | null;
    registry?: string | null;
  }[];
  cksum: string;
  features?: Record<string, string[]>;
  features2?: Record<string, string[]>;
  yanked?: boolean;
  links?: string | null;
  v?: number;
}

export function parseIndexEntry(line: string, where: string): IndexEntry {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new CargoError('index', `invalid JSON in index entry: ${(e as Error).message}`, { file: where });
  }
  const o = v as Partial<IndexEntry>;
  if (!o || typeof o !== 'object' || typeof o.name !== 'string' || typeof o.vers !== 'string' || !Array.isArray(o.deps)) {
    throw new CargoError('index', 'index entry lacks `name`, `vers` or `deps`', { file: where });
  }
  return o as IndexEntry;
}

export function summaryFromIndexEntry(e: IndexEntry, source: string | undefined): Summary {
  const dependencies: SummaryDependency[] = e.deps.map((d) => ({
    nameInToml: d.name,
    packageName: d.package ?? d.name,
    req: d.req,
    kind: d.kind ?? 'normal',
    target: d.target ?? undefined,
    optional: d.optional ?? false,
    defaultFeatures: d.default_features ?? true,
    features: d.features ?? [],
  }));
  return {
    id: { name: e.name, version: e.vers, source },
    dependencies,
    features: { ...(e.features ?? {}), ...(e.features2 ?? {}) },
  };
}
