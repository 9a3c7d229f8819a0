import { cacheKey, runnerOs } from '../../../src/cargo/ops/cache_key.js';
import type { LayoutPlan, PlannedPackage } from '../../../src/cargo/ops/layout_plan.js';
import { SourceId } from '../../../src/cargo/core/source_id.js';

const src = 'registry+https://github.com/rust-lang/crates.io-index';
const pkg = (name: string, version: string, checksum = 'aa'): PlannedPackage => ({
  name, version, source: src, checksum,
  layout: { kind: 'registry', source: SourceId.cratesIo(), dir: 'index.crates.io-1949cf8c6b5b557f', index: '', crate: '', src: '' },
});
const plan = (packages: PlannedPackage[], dir = 'index.crates.io-1949cf8c6b5b557f'): LayoutPlan => ({
  cargoHome: '/h', cargoVersion: '1.95', lockfile: '/w/Cargo.lock',
  registries: [{ lockedSource: src, source: 'sparse+https://index.crates.io/', dir, packages: packages.length }],
  packages, vendored: [],
});

describe('cacheKey', () => {
  test('has the form <prefix>-<os>-<hash> with the prefix-os restore key', () => {
    const k = cacheKey([plan([pkg('a', '1.0.0')])], 'Linux', 'v1-crate-cache');
    expect(k.key).toMatch(/^v1-crate-cache-Linux-[0-9a-f]{32}$/);
    expect(k.restoreKeys).toEqual(['v1-crate-cache-Linux-']);
  });

  test('does not depend on package order or on which workspace lists a package', () => {
    const a = cacheKey([plan([pkg('a', '1.0.0'), pkg('b', '2.0.0')])], 'Linux');
    const b = cacheKey([plan([pkg('b', '2.0.0')]), plan([pkg('a', '1.0.0')])], 'Linux');
    expect(a.key).toBe(b.key);
  });

  test('changes with a version, a checksum or the index directory', () => {
    const base = cacheKey([plan([pkg('a', '1.0.0')])], 'Linux').key;
    expect(cacheKey([plan([pkg('a', '1.0.1')])], 'Linux').key).not.toBe(base);
    expect(cacheKey([plan([pkg('a', '1.0.0', 'bb')])], 'Linux').key).not.toBe(base);
    expect(cacheKey([plan([pkg('a', '1.0.0')], '127.0.0.1-a111cc81f0a41b8e')], 'Linux').key).not.toBe(base);
  });

  test('maps node platforms to runner OS names', () => {
    expect([runnerOs('linux'), runnerOs('darwin'), runnerOs('win32')]).toEqual(['Linux', 'macOS', 'Windows']);
  });
});
