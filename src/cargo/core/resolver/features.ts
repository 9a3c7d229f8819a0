import type { Location } from '../../util/errors.js';
import type { Summary, SummaryDependency } from '../summary.js';

/**
 * Feature activation as Cargo's dependency resolver does it when it writes
 * Cargo.lock (`core/resolver/dep_cache.rs`): features unify across all
 * targets and kinds, members get every feature and their dev-dependencies,
 * and an optional dependency is in the graph only when a feature enables it.
 * Here the graph is the locked one, so the resolver only has to find out
 * which dependency declarations are active.
 */
export interface FeatureNode {
  /** The locked package's index (`LockedPackage.index`). */
  id: number;
  summary: Summary;
  /** Workspace members: all features and dev-dependencies. */
  member: boolean;
}

export interface ActivatedDep {
  dep: SummaryDependency;
  /** Id of the node the declaration resolves to, if any. */
  target?: number;
}

/** A member's declaration; its location is only read when a reason is reported. */
export type Origin = SummaryDependency & { location?: Location };

/** Keyed by node id; a node never expanded has no entry. */
export interface FeatureResolution {
  /** Active declarations, in the order the nodes were first expanded. */
  activated: Map<number, ActivatedDep[]>;
  /** Enabled features. */
  features: Map<number, string[]>;
  /**
   * The first member declaration whose requests reached each node (its
   * `location`, if it has one, is where to report); undefined for members.
   */
  origin: Map<number, Origin | undefined>;
}

/** What the resolution keeps about one node it has reached (`Requirements` in dep_cache.rs, plus the queue's bookkeeping). */
interface NodeState {
  id: number;
  /** Looked up when the node is first queued; undefined when there is none to expand (no known summary). */
  node: FeatureNode | undefined;
  /** Every feature requested of it so far; it is expanded again whenever this grows. */
  requested: Set<string>;
  /** Requested at least once (possibly with no feature). */
  reached: boolean;
  queued: boolean;
  /** The feature table with implicit features, once expanded. */
  featureMap?: Record<string, string[]>;
  /**
   * The target of each declaration looked up so far (undefined: it names no
   * locked package). Re-expansions reuse them: a declaration's target does
   * not change.
   */
  targets: Map<SummaryDependency, NodeState | undefined>;
}

export function resolveFeatures(
  roots: FeatureNode[],
  node: (id: number) => FeatureNode | undefined,
  target: (from: FeatureNode, dep: SummaryDependency) => number | undefined,
): FeatureResolution {
  const states = new Map<number, NodeState>();
  const res: FeatureResolution = { activated: new Map(), features: new Map(), origin: new Map() };
  const queue: NodeState[] = [];

  const stateOf = (id: number, origin: Origin | undefined): NodeState => {
    let st = states.get(id);
    if (!st) {
      st = { id, node: undefined, requested: new Set(), reached: false, queued: false, targets: new Map() };
      states.set(id, st);
      res.origin.set(id, origin);
    }
    return st;
  };
  const request = (st: NodeState, features: Iterable<string>): void => {
    // The first request expands a package even when it asks for no feature.
    let grew = !st.reached;
    st.reached = true;
    for (const f of features) {
      if (!st.requested.has(f)) {
        st.requested.add(f);
        grew = true;
      }
    }
    if (!grew || st.queued) return;
    st.node ??= node(st.id);
    if (st.node) {
      queue.push(st);
      st.queued = true;
    }
  };

  for (const r of roots) request(stateOf(r.id, undefined), allFeatureValues(r.summary));
  for (let head = 0; head < queue.length; head++) {
    const st = queue[head];
    const n = st.node!;
    st.queued = false;
    st.featureMap ??= featureMap(n.summary);
    const { enabled, activeOptional, depRequests } = expandFeatures(n.summary, st.featureMap, st.requested);
    res.features.set(n.id, [...enabled]);
    const active: ActivatedDep[] = [];
    for (const dep of n.summary.dependencies) {
      if (dep.kind === 'dev' && !n.member) continue;
      if (dep.optional && !activeOptional.has(dep.nameInToml)) continue;
      if (!st.targets.has(dep)) {
        const t = target(n, dep);
        st.targets.set(dep, t === undefined ? undefined : stateOf(t, n.member ? dep : res.origin.get(n.id)));
      }
      const to = st.targets.get(dep);
      active.push({ dep, target: to?.id });
      if (!to) continue;
      const features = [...dep.features, ...(depRequests.get(dep.nameInToml) ?? [])];
      if (dep.defaultFeatures) features.push('default');
      request(to, features);
    }
    res.activated.set(n.id, active);
  }
  return res;
}

/** Feature table with Cargo's implicit features for optional dependencies. */
export function featureMap(s: Summary): Record<string, string[]> {
  const explicitDep = new Set<string>();
  for (const values of Object.values(s.features)) {
    for (const v of values) if (v.startsWith('dep:')) explicitDep.add(v.slice(4));
  }
  const implicit = s.dependencies.filter((d) => d.optional && !explicitDep.has(d.nameInToml) && !Object.hasOwn(s.features, d.nameInToml));
  // Most packages have none: their own table serves as it is.
  if (implicit.length === 0) return s.features;
  const map = { ...s.features };
  for (const d of implicit) map[d.nameInToml] = [`dep:${d.nameInToml}`];
  return map;
}

function allFeatureValues(s: Summary): string[] {
  return ['default', ...Object.keys(featureMap(s))];
}

/** What a package's requested features amount to. */
interface Expansion {
  /** Features enabled, in the order they were reached. */
  enabled: Set<string>;
  /** Optional dependencies the features turn on (by name in the manifest). */
  activeOptional: Set<string>;
  /** Features asked of each dependency (`dep/feat`, `dep?/feat`). */
  depRequests: Map<string, string[]>;
}

/**
 * Expands one package's requested features through its feature table `map`
 * (`featureMap(s)`): which features that enables, the optional dependencies
 * they turn on, and what they ask of dependencies.
 */
function expandFeatures(s: Summary, map: Record<string, string[]>, requested: Iterable<string>): Expansion {
  const out: Expansion = { enabled: new Set(), activeOptional: new Set(), depRequests: new Map() };
  const askOf = (dep: string, feat: string): void => {
    const list = out.depRequests.get(dep);
    if (list) list.push(feat);
    else out.depRequests.set(dep, [feat]);
  };
  const visit = (v: string): void => {
    if (v.startsWith('dep:')) {
      out.activeOptional.add(v.slice(4));
      return;
    }
    const slash = v.indexOf('/');
    if (slash >= 0) {
      let dep = v.slice(0, slash);
      const feat = v.slice(slash + 1);
      if (dep.endsWith('?')) {
        // The resolver that writes Cargo.lock treats `dep?/feat` like `dep/feat`
        // for the graph (rust-lang/cargo#10801), without the implicit feature.
        dep = dep.slice(0, -1);
        out.activeOptional.add(dep);
        askOf(dep, feat);
        return;
      }
      // `dep/feat` turns the optional dependency on, and its implicit feature.
      out.activeOptional.add(dep);
      if (Object.hasOwn(map, dep) && !out.enabled.has(dep) && !Object.hasOwn(s.features, dep)) visit(dep);
      askOf(dep, feat);
      return;
    }
    // Own keys only: a feature called `constructor` must not find Object's.
    if (!Object.hasOwn(map, v) || out.enabled.has(v)) return;
    out.enabled.add(v);
    for (const w of map[v]) visit(w);
  };
  for (const v of requested) visit(v);
  return out;
}
