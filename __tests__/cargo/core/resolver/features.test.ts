import { featureMap, resolveFeatures, type FeatureNode } from '../../../../src/cargo/core/resolver/features.js';
import type { Summary, SummaryDependency } from '../../../../src/cargo/core/summary.js';

const dep = (name: string, extra: Partial<SummaryDependency> = {}): SummaryDependency => ({
  nameInToml: name, packageName: name, req: '*', kind: 'normal', optional: false, defaultFeatures: true, features: [], ...extra,
});
const summary = (name: string, dependencies: SummaryDependency[], features: Record<string, string[]> = {}): Summary => ({
  id: { name, version: '1.0.0' }, dependencies, features,
});

/** Resolves a tiny graph where every declaration targets the package of its name. */
function run(nodes: Record<string, Summary>, members: string[]) {
  const names = Object.keys(nodes);
  const id = (k: string) => names.indexOf(k);
  const n = (i: number): FeatureNode | undefined => nodes[names[i]] && { id: i, summary: nodes[names[i]], member: members.includes(names[i]) };
  const res = resolveFeatures(members.map((m) => n(id(m))!), n, (_from, d) => (nodes[d.packageName] ? id(d.packageName) : undefined));
  const active = (k: string) => (res.activated.get(id(k)) ?? []).map((a) => `${a.dep.nameInToml}:${a.dep.kind}`).sort();
  const features = (k: string) => res.features.get(id(k));
  return { res, active, features };
}

describe('featureMap', () => {
  test('adds implicit features for optional dependencies not named with dep:', () => {
    const s = summary('p', [dep('a', { optional: true }), dep('b', { optional: true })], { x: ['dep:b'] });
    expect(featureMap(s)).toEqual({ x: ['dep:b'], a: ['dep:a'] });
  });
});

describe('resolveFeatures', () => {
  const tokio = summary('tokio', [dep('mio', { optional: true }), dep('bytes', { optional: true }), dep('pin'), dep('loom', { kind: 'dev' })], {
    net: ['mio/net'],
    'io-util': ['bytes'],
    default: [],
  });
  const nodes = { app: summary('app', []), tokio, mio: summary('mio', []), bytes: summary('bytes', []), pin: summary('pin', []), loom: summary('loom', []) };

  test('only features requested by dependents activate optional dependencies', () => {
    nodes.app = summary('app', [dep('tokio', { features: ['net'] })]);
    const { active } = run(nodes, ['app']);
    expect(active('tokio')).toEqual(['mio:normal', 'pin:normal']);
  });

  test('dev-dependencies count for members only', () => {
    nodes.app = summary('app', [dep('tokio', { kind: 'dev', features: ['io-util'] })]);
    const { active } = run(nodes, ['app']);
    expect(active('app')).toEqual(['tokio:dev']);
    expect(active('tokio')).toEqual(['bytes:normal', 'pin:normal']);
  });

  test('members enable all their features, so their optional dependencies are active', () => {
    nodes.app = summary('app', [dep('tokio', { optional: true }), dep('bytes', { optional: true })], { fast: ['dep:bytes'] });
    const { active } = run(nodes, ['app']);
    expect(active('app')).toEqual(['bytes:normal', 'tokio:normal']);
    expect(active('tokio')).toEqual(['pin:normal']);
  });

  test('for Cargo.lock, a weak dep?/feature puts the dependency in the graph (cargo#10801)', () => {
    const s = summary('lib', [dep('serde', { optional: true })], { std: ['serde?/std'] });
    const serde = summary('serde', [dep('core', { optional: true })], { std: ['dep:core'] });
    const { active, features } = run({ app: summary('app', [dep('lib', { features: ['std'] })]), lib: s, serde, core: summary('core', []) }, ['app']);
    expect(active('lib')).toEqual(['serde:normal']);
    expect(active('serde')).toEqual(['core:normal']);
    expect(features('lib')).toEqual(['std']);
  });

  test('a cycle that requests no features is expanded once per package and ends', () => {
    const noFeatures = { defaultFeatures: false };
    const a = summary('a', [dep('b', noFeatures)]);
    const b = summary('b', [dep('a', noFeatures), dep('c', { ...noFeatures, optional: true })]);
    const expanded: string[] = [];
    const graph: Record<string, Summary> = { app: summary('app', [dep('a', noFeatures)]), a, b, c: summary('c', []) };
    const names = [...Object.keys(graph), 'missing'];
    const node = (i: number): FeatureNode | undefined => {
      const k = names[i];
      expanded.push(k);
      return graph[k] && { id: i, summary: graph[k], member: k === 'app' };
    };
    const res = resolveFeatures([node(0)!], node, (_from, d) => names.indexOf(d.packageName));
    expect(res.activated.get(names.indexOf('b'))!.map((x) => x.dep.nameInToml)).toEqual(['a']);
    expect(expanded.sort()).toEqual(['a', 'app', 'app', 'b']);
  });

  test('features unify across dependents and reach a fixpoint through chains', () => {
    const a = summary('a', [dep('b', { features: ['x'] })]);
    const b = summary('b', [dep('c', { optional: true })], { x: ['y'], y: ['c/z'] });
    const c = summary('c', [dep('d', { optional: true })], { z: ['dep:d'] });
    const { active } = run({ app: summary('app', [dep('a')]), a, b, c, d: summary('d', []) }, ['app']);
    expect(active('b')).toEqual(['c:normal']);
    expect(active('c')).toEqual(['d:normal']);
  });

  test('default features follow default-features = false', () => {
    const lib = summary('lib', [dep('extra', { optional: true })], { default: ['extra'] });
    const on = run({ app: summary('app', [dep('lib')]), lib, extra: summary('extra', []) }, ['app']);
    expect(on.active('lib')).toEqual(['extra:normal']);
    const off = run({ app: summary('app', [dep('lib', { defaultFeatures: false })]), lib, extra: summary('extra', []) }, ['app']);
    expect(off.active('lib')).toEqual([]);
  });

  test('a package with more features than a linear scan handles enables each once, in order', () => {
    const many: Record<string, string[]> = { full: [] };
    for (let i = 0; i < 40; i++) many[`f${i}`] = i ? [`f${i - 1}`, 'f0'] : [];
    many.full = ['f39', 'f20'];
    const lib = summary('lib', [], many);
    const { features } = run({ app: summary('app', [dep('lib', { features: ['full'], defaultFeatures: false })]), lib }, ['app']);
    expect(features('lib')).toEqual(['full', ...Array.from({ length: 40 }, (_, i) => `f${39 - i}`)]);
  });
});
