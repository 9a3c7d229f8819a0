import * as fs from 'node:fs';
import type { Dependency } from '../core/dependency.js';
import { resolveFeatures, type ActivatedDep, type FeatureNode } from '../core/resolver/features.js';
import { Resolve, type LockedPackage } from '../core/resolver/resolve.js';
import type { Summary, SummaryDependency } from '../core/summary.js';
import type { Package, Workspace } from '../core/workspace.js';
import type { CargoHomeLayout } from '../sources/cargo_home_layout.js';
import type { Location } from '../util/errors.js';
import { verdictOf, type FreshnessReason, type FreshnessReport } from './freshness/report.js';
import { SourceMatcher, type RegistryNames } from './freshness/source_matcher.js';
import { SummaryStore, type LockedSummary } from './freshness/summaries.js';
import { readResolve } from './layout_plan.js';
import { PatchCheck } from './freshness/patch_check.js';

export interface CheckInputs {
  ws: Workspace;
  layout: CargoHomeLayout;
  registries: RegistryNames;
  /** The decoded Cargo.lock, when the caller already has it. */
  resolve?: Resolve;
}

/**
 * Would `cargo metadata --locked` accept Cargo.lock as it is? Decided
 * statically: manifests against the locked graph, with features resolved
 * from index entries cargo already cached. Anything that cannot be known
 * without the network is `undecided`, never `fresh`.
 */
export function checkLockfile({ ws, layout, registries, resolve: given }: CheckInputs): FreshnessReport {
  const file = ws.lockfilePath;
  const reasons: FreshnessReason[] = [];
  const stale = (code: string, location: Location, message: string) =>
    reasons.push({ verdict: 'stale', code, location, message });

  if (!fs.existsSync(file)) {
    stale('lockfile-missing', { file: ws.rootManifest.file, line: 1, col: 1 }, 'Cargo.lock does not exist; cargo would generate it');
    return { verdict: 'stale', lockfile: file, reasons };
  }
  const resolve = given ?? readResolve(ws);
  const lockLoc = (line: number): Location => ({ file, line, col: 1 });

  const locals = new Map(ws.pathPackages.map((p) => [p.dir, p] as const));
  const matcher = new SourceMatcher(locals, registries, ws.patch);
  const memberDirs = new Set(ws.members.map((m) => m.dir));
  const nodes = new Map<string, FeatureNode & { pkg?: Package; locked: LockedPackage }>();
  for (const pkg of ws.pathPackages) {
    const locked = resolve.local(pkg.name, pkg.version);
    if (!locked) {
      const loc = { file: pkg.manifest.file, ...pkg.manifest.locator.locate(['package', 'version']) };
      const other = resolve.byName(pkg.name).find((p) => !p.id.source);
      if (memberDirs.has(pkg.dir) || other) {
        stale('package-unlocked', loc, other
          ? `\`${pkg.name}\` is version ${pkg.version} here but ${other.id.version} in Cargo.lock`
          : `workspace member \`${pkg.name} v${pkg.version}\` is not in Cargo.lock`);
      }
      continue;
    }
    const summary: Summary = { id: locked.id, dependencies: pkg.manifest.dependencies, features: pkg.manifest.features };
    nodes.set(locked.key, { key: locked.key, summary, member: memberDirs.has(pkg.dir), pkg, locked });
  }

  const store = new SummaryStore(layout);
  const known = new Map<string, LockedSummary | undefined>();
  const summaryOf = (p: LockedPackage) => {
    if (!known.has(p.key)) known.set(p.key, store.find(p));
    return known.get(p.key);
  };
  const nodeOf = (key: string) => {
    const n = nodes.get(key);
    if (n) return n;
    const locked = resolve.packages.get(key);
    const s = locked && summaryOf(locked);
    if (!locked || !s) return undefined;
    const node = { key, summary: s.summary, member: false, locked };
    nodes.set(key, node);
    return node;
  };
  const target = (from: FeatureNode, dep: SummaryDependency) => {
    const parent = resolve.packages.get(from.key)!;
    return parent.deps.find((c) => matcher.accepts(dep, parent, c))?.key;
  };
  const roots = [...nodes.values()].filter((n) => n.member);
  const res = resolveFeatures(roots, nodeOf, target);

  // Reachability, and whether every reached package's summary is known.
  const reached = new Set<string>();
  const unknown: LockedPackage[] = [];
  const walk = [...roots.map((r) => r.locked)];
  for (const p of ws.replace.length ? resolve.packages.values() : []) if (p.encodable.replace) walk.push(p);
  while (walk.length) {
    const p = walk.pop()!;
    if (reached.has(p.key)) continue;
    reached.add(p.key);
    const active = res.activated.get(p.key);
    if (!active) {
      if (p.id.source) unknown.push(p);
      walk.push(...p.deps);
    } else {
      for (const a of active) if (a.target) walk.push(resolve.packages.get(a.target)!);
    }
  }
  const certain = unknown.length === 0;

  for (const [key, active] of res.activated) {
    const n = nodes.get(key)!;
    const local = n.pkg !== undefined;
    if (!local && !certain) continue; // its features could be underestimated
    // Only for reasons: a declaration's location is a scan of its manifest.
    const name = () => `${n.locked.id.name} v${n.locked.id.version}`;
    const origin = () => res.origin.get(key)?.location ?? lockLoc(n.locked.line);
    for (const a of active) {
      if (a.target) continue;
      const d = a.dep as Dependency;
      if (local) stale(...unlockedDependency(d, n.locked, resolve, matcher));
      else stale('feature-activates', origin(),
        `\`${name()}\` would now also depend on \`${d.packageName}\` (enabled through the features requested here), which Cargo.lock does not record`);
    }
    // An edge whose declaration is still there but no longer matches was reported above.
    // (Linear scans: a package has a handful of edges, and this runs for every one.)
    n.locked.encodable.dependencies.forEach((e, i) => {
      const dep = n.locked.edges[i];
      if (!dep || active.some((a) => (a.target === undefined ? a.dep.packageName === dep.id.name : a.target === dep.key))) return;
      if (local) stale('dependency-removed', lockLoc(e.line),
        `Cargo.lock lists \`${dep.id.name} v${dep.id.version}\` as a dependency of \`${name()}\`, which ${n.pkg!.manifest.file} no longer declares`);
      else stale('feature-deactivated', origin(),
        `Cargo.lock lists \`${dep.id.name}\` as a dependency of \`${name()}\`, but no enabled feature activates it any more`);
    });
  }

  const cycle = findCycle(res.activated);
  if (cycle) {
    const names = cycle.path.map((k) => resolve.packages.get(k)!.id.name);
    const d = cycle.via.dep as Dependency;
    stale('dependency-cycle', d.location ?? lockLoc(resolve.packages.get(cycle.path[0])!.line),
      `cyclic package dependency: ${names.join(' -> ')}; cargo refuses this graph`);
  }

  for (const p of resolve.packages.values()) {
    if (reached.has(p.key)) continue;
    stale('package-unused', lockLoc(p.line), `locked package \`${p.id.name} v${p.id.version}\` is no longer used by the workspace`);
  }

  for (const p of resolve.packages.values()) {
    if (!p.sourceId?.isRegistry() || !reached.has(p.key)) continue;
    if (!p.checksum) {
      stale('checksum-missing', lockLoc(p.line), `\`${p.id.name} v${p.id.version}\` has no checksum in Cargo.lock; cargo would add it`);
      continue;
    }
    const s = summaryOf(p);
    if (s?.checksum && s.checksum !== p.checksum) {
      stale('checksum-changed', lockLoc(p.line),
        `checksum of \`${p.id.name} v${p.id.version}\` is ${p.checksum} in Cargo.lock but ${s.checksum} in the registry index`);
    }
  }

  for (const r of new PatchCheck(ws, resolve, matcher, reached).reasons()) reasons.push(r);

  if (!certain) {
    const names = unknown.slice(0, 3).map((p) => `${p.id.name} v${p.id.version}`).join(', ');
    reasons.push({
      verdict: 'undecided',
      code: 'summary-unknown',
      location: { file, line: 1, col: 1 },
      message: `features may activate optional dependencies of ${unknown.length} locked package(s) (${names}${unknown.length > 3 ? ', …' : ''}) whose index entries are not in ${layout.cargoHome}; run \`cargo fetch\` or \`crate-cache fetch\` once to decide`,
    });
  }
  return { verdict: verdictOf(reasons), lockfile: file, reasons };
}

function unlockedDependency(
  d: Dependency,
  parent: LockedPackage,
  resolve: Resolve,
  matcher: SourceMatcher,
): [string, Location, string] {
  const owner = `\`${parent.id.name}\``;
  const elsewhere = resolve.byName(d.packageName).find((c) => matcher.accepts(d, parent, c));
  if (elsewhere) {
    return ['dependency-unrecorded', d.location,
      `\`${d.nameInToml}\` is declared here but Cargo.lock does not list it among the dependencies of ${owner}`];
  }
  const locked = resolve.byName(d.packageName).map((c) => `${c.id.version}${c.id.source ? '' : ' (path)'}`);
  const has = locked.length ? `Cargo.lock has ${d.packageName} ${locked.join(', ')}` : `Cargo.lock has no \`${d.packageName}\``;
  if (d.source.kind === 'git') {
    const ref = d.source.reference.kind === 'default' ? 'default branch' : `${d.source.reference.kind} \`${d.source.reference.name}\``;
    return ['git-changed', d.location, `git dependency \`${d.nameInToml}\` (${d.source.url}, ${ref}) matches no locked package; ${has}`];
  }
  if (d.source.kind === 'path') {
    return ['path-changed', d.location, `path dependency \`${d.nameInToml}\` (${d.source.path}) matches no locked package; ${has}`];
  }
  const req = d.req ?? '*';
  return ['dependency-unlocked', d.location, `no locked package satisfies \`${d.packageName} = "${req}"\`; ${has}`];
}

/**
 * Cargo refuses a graph with a cycle through normal or build dependencies
 * (dev-dependencies may loop). Returns the first such cycle, if any.
 */
function findCycle(activated: Map<string, ActivatedDep[]>): { path: string[]; via: ActivatedDep } | undefined {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (key: string): { path: string[]; via: ActivatedDep } | undefined => {
    state.set(key, 1);
    stack.push(key);
    for (const a of activated.get(key) ?? []) {
      if (a.dep.kind === 'dev' || !a.target) continue;
      const s = state.get(a.target);
      if (s === 1) return { path: [...stack.slice(stack.indexOf(a.target)), a.target], via: a };
      if (s === undefined) {
        const found = visit(a.target);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(key, 2);
    return undefined;
  };
  for (const key of activated.keys()) {
    if (state.has(key)) continue;
    const found = visit(key);
    if (found) return found;
  }
  return undefined;
}
