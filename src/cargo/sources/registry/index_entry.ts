import { CargoError } from '../../util/errors.js';
import { VersionReq } from '../../util/version_req.js';
import type { PackageId } from '../../core/package_id.js';
import { SourceId } from '../../core/source_id.js';
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

/**
 * `reqs`: requirements already parsed, by their text, shared by one check
 * (index entries repeat the same few thousands of times); this entry's are
 * added.
 */
export function parseIndexEntry(line: string, where: string, reqs?: Map<string, VersionReq>): IndexEntry {
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
    if (!optionalBool(dep.optional)) bad(`\`optional\` of \`${dep.name}\``);
    if (!optionalBool(dep.default_features)) bad(`\`default_features\` of \`${dep.name}\``);
    if (!nullableString(dep.target)) bad(`\`target\` of \`${dep.name}\``);
    if (!nullableString(dep.kind)) bad(`\`kind\` of \`${dep.name}\``);
    if (!nullableString(dep.package)) bad(`\`package\` of \`${dep.name}\``);
    if (!nullableString(dep.registry)) bad(`\`registry\` of \`${dep.name}\``);
    if (typeof dep.registry === 'string' && !isRegistryUrl(dep.registry)) bad(`registry URL \`${dep.registry}\` of \`${dep.name}\``);
    const req = dep.req as string;
    if (!reqs?.has(req)) {
      let parsed: VersionReq;
      try {
        parsed = VersionReq.parse(req);
      } catch {
        return bad(`requirement \`${req}\` for \`${dep.name}\``);
      }
      reqs?.set(req, parsed);
    }
  }
  if (!isFeatureTable(o.features)) bad('`features` table');
  if (!isFeatureTable(o.features2)) bad('`features2` table');
  return o as IndexEntry;
}

function isRegistryUrl(url: string): boolean {
  try {
    SourceId.forRegistryIndex(url);
    return true;
  } catch {
    return false;
  }
}

function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (typeof x !== 'string') return false;
  return true;
}

function optionalBool(v: unknown): boolean {
  return v === undefined || typeof v === 'boolean';
}

function nullableString(v: unknown): boolean {
  return v === undefined || v === null || typeof v === 'string';
}

function isFeatureTable(f: unknown): boolean {
  if (f === undefined || f === null) return true;
  if (typeof f !== 'object' || Array.isArray(f)) return false;
  for (const k in f) if (Object.hasOwn(f, k) && !isStringArray((f as Record<string, unknown>)[k])) return false;
  return true;
}

/** `id`: the locked package's id, when the caller found the entry by it; otherwise one is made from the entry. */
export function summaryFromIndexEntry(e: IndexEntry, source: string | undefined, id?: PackageId): Summary {
  const dependencies: SummaryDependency[] = e.deps.map((d) => ({
    nameInToml: d.name,
    packageName: d.package ?? d.name,
    req: d.req,
    kind: d.kind ?? 'normal',
    target: d.target ?? undefined,
    optional: d.optional ?? false,
    defaultFeatures: d.default_features ?? true,
    features: d.features ?? [],
    // A dependency from another registry (an alternate registry's crate on crates.io) names its index.
    source: d.registry ? { kind: 'registry', registryIndex: d.registry } : undefined,
  }));
  return {
    id: id ?? { name: e.name, version: e.vers, source },
    dependencies,
    // Shared, not copied, when there is no `features2` to merge (the common case).
    features: e.features2 ? { ...(e.features ?? {}), ...e.features2 } : (e.features ?? {}),
  };
}
