import { CargoError } from '../../util/errors.js';
import { VersionReq } from '../../util/semver_ext.js';
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
  // A cache file restored from anywhere is input: check every field the check reads.
  const bad = (what: string): never => {
    throw new CargoError('index', `index entry \`${o.name} ${o.vers}\` has an invalid ${what}`, { file: where });
  };
  for (const d of o.deps as unknown[]) {
    const dep = d as Record<string, unknown>;
    if (!dep || typeof dep !== 'object' || typeof dep.name !== 'string' || typeof dep.req !== 'string') bad('dependency');
    if (dep.features !== undefined && !isStringArray(dep.features)) bad(`feature list of dependency \`${dep.name}\``);
    for (const k of ['optional', 'default_features'] as const) if (dep[k] !== undefined && typeof dep[k] !== 'boolean') bad(`\`${k}\` of \`${dep.name}\``);
    for (const k of ['target', 'kind', 'package', 'registry'] as const) {
      if (dep[k] !== undefined && dep[k] !== null && typeof dep[k] !== 'string') bad(`\`${k}\` of \`${dep.name}\``);
    }
    try {
      VersionReq.parse(dep.req as string);
    } catch {
      bad(`requirement \`${dep.req}\` for \`${dep.name}\``);
    }
  }
  for (const k of ['features', 'features2'] as const) {
    const f = o[k] as unknown;
    if (f === undefined || f === null) continue;
    if (typeof f !== 'object' || Array.isArray(f) || !Object.values(f).every(isStringArray)) bad(`\`${k}\` table`);
  }
  return o as IndexEntry;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
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
