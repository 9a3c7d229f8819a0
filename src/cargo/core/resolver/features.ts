import type { Location } from '../../util/errors.js';
import { FewStrings } from '../../util/few_strings.js';
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
  /** Small and dense (a locked package's index): per-package state lives in arrays, not string-keyed maps. */
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

/** Per node id; a node never reached has no entry. */
export interface FeatureResolution {
  /** Ids of the expanded nodes, in the order first expanded. */
  expanded: number[];
  /** Active declarations. */
  activated: (ActivatedDep[] | undefined)[];
  /** Enabled features. */
  features: (readonly string[] | undefined)[];
  /** The first member declaration whose requests reached each node (its `location`, if it has one, is where to report). */
  origin: (Origin | undefined)[];
}

/** Everything the resolution keeps per node, in one place. */
interface NodeState {
  id: number;
  node: FeatureNode | undefined;
  requested: FewStrings;
  origin: Origin | undefined;
  queued: boolean;
  /** Requested at least once. */
  reached: boolean;
  /**
   * Feature table and, per declaration, the target's state (null: no locked
   * target; undefined: not looked up yet). A package is re-expanded whenever
   * its requests grow; these do not change.
   */
  map?: Record<string, string[]>;
  edges?: (NodeState | null | undefined)[];
}

export function resolveFeatures(
  roots: FeatureNode[],
  node: (id: number) => FeatureNode | undefined,
  target: (from: FeatureNode, dep: SummaryDependency) => number | undefined,
): FeatureResolution {
  const states: (NodeState | undefined)[] = [];
  const res: FeatureResolution = { expanded: [], activated: [], features: [], origin: [] };
  const queue: NodeState[] = [];
  const expansion = new Expansion();

  const stateOf = (id: number, at: Origin | undefined): NodeState => {
    let st = states[id];
    if (!st) {
      st = { id, node: undefined, requested: new FewStrings(), origin: at, queued: false, reached: false };
      states[id] = st;
      res.origin[id] = at;
    }
    return st;
  };
  // Separate lists instead of one concatenated array: this runs for every edge.
  const request = (st: NodeState, a: readonly string[], b?: readonly string[], withDefault?: boolean): void => {
    const set = st.requested;
    // The first request expands a package even when it asks for no feature.
    let grew = !st.reached;
    st.reached = true;
    for (const v of a) if (set.add(v)) grew = true;
    if (b) for (const v of b) if (set.add(v)) grew = true;
    if (withDefault && set.add('default')) grew = true;
    if (!grew || st.queued) return;
    st.node ??= node(st.id);
    if (st.node) (queue.push(st), (st.queued = true));
  };

  for (const r of roots) request(stateOf(r.id, undefined), allFeatureValues(r.summary));
  for (let head = 0; head < queue.length; head++) {
    const st = queue[head];
    const n = st.node!;
    st.queued = false;
    const map = (st.map ??= featureMap(n.summary));
    const deps = n.summary.dependencies;
    // Exact sizes: these stay alive for the whole check, and `[]` grown by push reserves 16 slots.
    const edges = (st.edges ??= new Array<NodeState | null | undefined>(deps.length));
    const { enabled, activeOptional, depRequests } = expansion.run(n.summary, map, st.requested.list);
    if (res.features[n.id] === undefined) res.expanded.push(n.id);
    res.features[n.id] = enabled.list;
    const isActive = (dep: SummaryDependency) => !(dep.kind === 'dev' && !n.member) && !(dep.optional && !activeOptional?.has(dep.nameInToml));
    let count = 0;
    for (const dep of deps) if (isActive(dep)) count++;
    const active = new Array<ActivatedDep>(count);
    for (let i = 0, k = 0; i < deps.length; i++) {
      const dep = deps[i];
      if (!isActive(dep)) continue;
      // The target's state, kept per edge: no lookup on re-expansion.
      let to = edges[i];
      if (to === undefined) {
        const t = target(n, dep);
        to = edges[i] = t === undefined ? null : stateOf(t, n.member ? dep : st.origin);
      }
      active[k++] = { dep, target: to?.id };
      if (to) request(to, dep.features, depRequests?.get(dep.nameInToml), dep.defaultFeatures);
    }
    res.activated[n.id] = active;
  }
  return res;
}

/** Feature table with Cargo's implicit features for optional dependencies. */
export function featureMap(s: Summary): Record<string, string[]> {
  let explicitDep: Set<string> | undefined;
  let map: Record<string, string[]> | undefined;
  for (const d of s.dependencies) {
    if (!d.optional) continue;
    if (!explicitDep) {
      explicitDep = new Set();
      for (const values of Object.values(s.features)) {
        for (const v of values) if (v.startsWith('dep:')) explicitDep.add(v.slice(4));
      }
    }
    if (!explicitDep.has(d.nameInToml) && !Object.hasOwn(map ?? s.features, d.nameInToml)) {
      (map ??= { ...s.features })[d.nameInToml] = [`dep:${d.nameInToml}`];
    }
  }
  // Most packages need no implicit features: share their table instead of copying it.
  return map ?? s.features;
}

function allFeatureValues(s: Summary): string[] {
  return ['default', ...Object.keys(featureMap(s))];
}

/**
 * Expands one package's requested features: which features that enables, the
 * optional dependencies they turn on, and what they ask of dependencies. One
 * instance serves every expansion of a resolution (no closures per package).
 */
class Expansion {
  private s!: Summary;
  private map!: Record<string, string[]>;
  enabled!: FewStrings;
  activeOptional: FewStrings | undefined;
  depRequests: Map<string, string[]> | undefined;

  run(s: Summary, map: Record<string, string[]>, requested: readonly string[]): this {
    this.s = s;
    this.map = map;
    this.enabled = new FewStrings();
    this.activeOptional = undefined;
    this.depRequests = undefined;
    for (const v of requested) this.visit(v);
    return this;
  }

  private turnOn(dep: string): void {
    (this.activeOptional ??= new FewStrings()).add(dep);
  }

  private addReq(dep: string, feat: string): void {
    const list = (this.depRequests ??= new Map()).get(dep);
    if (list) list.push(feat);
    else this.depRequests.set(dep, [feat]);
  }

  private visit(v: string): void {
    if (v.startsWith('dep:')) {
      this.turnOn(v.slice(4));
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
        this.turnOn(dep);
        this.addReq(dep, feat);
        return;
      }
      // `dep/feat` turns the optional dependency on, and its implicit feature.
      this.turnOn(dep);
      if (Object.hasOwn(this.map, dep) && !this.enabled.has(dep) && !Object.hasOwn(this.s.features, dep)) this.visit(dep);
      this.addReq(dep, feat);
      return;
    }
    // Own keys only: a feature called `constructor` must not find Object's.
    if (!Object.hasOwn(this.map, v) || !this.enabled.add(v)) return;
    for (const w of this.map[v]) this.visit(w);
  }
}
