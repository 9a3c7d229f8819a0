import * as fs from 'node:fs';
import type { Dependency } from '../core/dependency.js';
import { resolveFeatures, type ActivatedDep, type FeatureNode, type FeatureResolution } from '../core/resolver/features.js';
import { Resolve, type LockedPackage } from '../core/resolver/resolve.js';
import type { Summary, SummaryDependency } from '../core/summary.js';
import type { Package, Workspace } from '../core/workspace.js';
import type { CargoHomeLayout } from '../sources/cargo_home_layout.js';
import type { Location } from '../util/errors.js';
import type { VersionReq } from '../util/version_req.js';
import { verdictOf, type FreshnessReason, type FreshnessReport } from './freshness/report.js';
import { SourceMatcher, type RegistryNames } from './freshness/source_matcher.js';
import { SummaryStore, type LockedSummary } from './freshness/summaries.js';
import { readResolve } from './layout_plan.js';
import { PatchCheck } from './freshness/patch_check.js';

interface CheckNode extends FeatureNode {
  /** Set for the workspace's path packages. */
  pkg?: Package;
  locked: LockedPackage;
}

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
  // Requirements parsed once per check, by the index entries and the matcher alike.
  const reqs = new Map<string, VersionReq>();
  const matcher = new SourceMatcher(locals, registries, ws.patch, reqs);
  const memberDirs = new Set(ws.members.map((m) => m.dir));
  const list = resolve.list;
  // Keyed by LockedPackage.index: the workspace's path packages now, the rest as features reach them.
  const nodes = new Map<number, CheckNode>();
  const roots: CheckNode[] = [];
  for (const pkg of ws.pathPackages) {
    const locked = resolve.local(pkg.name, pkg.version);
    if (!locked) {
      const loc = pkg.manifest.positions.at(['package', 'version']);
      const other = resolve.byName(pkg.name).find((p) => !p.id.source);
      if (memberDirs.has(pkg.dir) || other) {
        stale('package-unlocked', loc, other
          ? `\`${pkg.name}\` is version ${pkg.version} here but ${other.id.version} in Cargo.lock`
          : `workspace member \`${pkg.name} v${pkg.version}\` is not in Cargo.lock`);
      }
      continue;
    }
    const summary: Summary = { id: locked.id, dependencies: pkg.manifest.dependencies, features: pkg.manifest.features };
    const node: CheckNode = { id: locked.index, summary, member: memberDirs.has(pkg.dir), pkg, locked };
    nodes.set(locked.index, node);
    if (node.member) roots.push(node);
  }

  const store = new SummaryStore(layout, reqs);
  // Each package's summary is looked up once (undefined: cargo has not cached it).
  const summaries = new Map<number, LockedSummary | undefined>();
  const summaryOf = (p: LockedPackage): LockedSummary | undefined => {
    if (!summaries.has(p.index)) summaries.set(p.index, store.find(p));
    return summaries.get(p.index);
  };
  const nodeOf = (id: number): CheckNode | undefined => {
    let n = nodes.get(id);
    if (n) return n;
    const locked = list[id];
    const s = summaryOf(locked);
    if (!s) return undefined;
    n = { id, summary: s.summary, member: false, locked };
    nodes.set(id, n);
    return n;
  };
  const target = (from: FeatureNode, dep: SummaryDependency) => {
    const parent = list[from.id];
    for (const c of parent.deps) if (matcher.accepts(dep, parent, c)) return c.index;
    return undefined;
  };
  const res = resolveFeatures(roots, nodeOf, target);

  // Reachability, and whether every reached package's summary is known.
  const reached = new Set<number>();
  const unknown: LockedPackage[] = [];
  const walk = roots.map((r) => r.locked);
  for (const p of ws.replace.length ? list : []) if (p.encodable.replace) walk.push(p);
  while (walk.length) {
    const p = walk.pop()!;
    if (reached.has(p.index)) continue;
    reached.add(p.index);
    const active = res.activated.get(p.index);
    if (!active) {
      if (p.id.source) unknown.push(p);
      for (const d of p.deps) walk.push(d);
    } else {
      for (const a of active) if (a.target !== undefined) walk.push(list[a.target]);
    }
  }
  const certain = unknown.length === 0;

  for (const [id, active] of res.activated) {
    const n = nodes.get(id)!;
    const local = n.pkg !== undefined;
    if (!local && !certain) continue; // its features could be underestimated
    // Only for reasons: a declaration's location is a scan of its manifest.
    const name = () => `${n.locked.id.name} v${n.locked.id.version}`;
    const origin = () => res.origin.get(id)?.location ?? lockLoc(n.locked.line);
    for (const a of active) {
      if (a.target !== undefined) continue;
      const d = a.dep as Dependency;
      if (local) stale(...unlockedDependency(d, n.locked, resolve, matcher));
      else stale('feature-activates', origin(),
        `\`${name()}\` would now also depend on \`${d.packageName}\` (enabled through the features requested here), which Cargo.lock does not record`);
    }
    // An edge whose declaration is still there but no longer matches was reported above.
    // (Linear scans: a package has a handful of edges.)
    const edges = n.locked.edges;
    for (let i = 0; i < edges.length; i++) {
      const dep = edges[i];
      if (!dep || active.some((a) => (a.target === undefined ? a.dep.packageName === dep.id.name : a.target === dep.index))) continue;
      if (local) stale('dependency-removed', lockLoc(n.locked.encodable.dependencies[i].line),
        `Cargo.lock lists \`${dep.id.name} v${dep.id.version}\` as a dependency of \`${name()}\`, which ${n.pkg!.manifest.file} no longer declares`);
      else stale('feature-deactivated', origin(),
        `Cargo.lock lists \`${dep.id.name}\` as a dependency of \`${name()}\`, but no enabled feature activates it any more`);
    }
  }

  const cycle = findCycle(res);
  if (cycle) {
    const names = cycle.path.map((id) => list[id].id.name);
    const d = cycle.via.dep as Dependency;
    stale('dependency-cycle', d.location ?? lockLoc(list[cycle.path[0]].line),
      `cyclic package dependency: ${names.join(' -> ')}; cargo refuses this graph`);
  }

  for (const p of list) {
    if (reached.has(p.index)) continue;
    stale('package-unused', lockLoc(p.line), `locked package \`${p.id.name} v${p.id.version}\` is no longer used by the workspace`);
  }

  for (const p of list) {
    if (!p.sourceId?.isRegistry() || !reached.has(p.index)) continue;
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

  for (const r of new PatchCheck(ws, resolve, matcher, (p) => reached.has(p.index)).reasons()) reasons.push(r);

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
 * (dev-dependencies may loop). Returns the first such cycle, if any, as node ids.
 */
function findCycle(res: FeatureResolution): { path: number[]; via: ActivatedDep } | undefined {
  // Absent: not visited yet (an edge may target a package never expanded).
  const state = new Map<number, 'on-stack' | 'done'>();
  const stack: number[] = [];
  const visit = (id: number): { path: number[]; via: ActivatedDep } | undefined => {
    state.set(id, 'on-stack');
    stack.push(id);
    for (const a of res.activated.get(id) ?? []) {
      if (a.dep.kind === 'dev' || a.target === undefined) continue;
      const s = state.get(a.target);
      if (s === 'on-stack') return { path: [...stack.slice(stack.indexOf(a.target)), a.target], via: a };
      if (s !== 'done') {
        const found = visit(a.target);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of res.activated.keys()) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}
