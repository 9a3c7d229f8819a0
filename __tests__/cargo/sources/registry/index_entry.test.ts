import { parseIndexEntry, summaryFromIndexEntry } from '../../../../src/cargo/sources/registry/index_entry.js';
import { isCargoError } from '../../../../src/cargo/util/errors.js';

const line = (deps: object[]) => JSON.stringify({ name: 'foo', vers: '1.0.0', deps, cksum: 'a'.repeat(64), features: {} });
const dep = (extra: object = {}) => ({ name: 'bar', req: '^1', features: [], optional: false, default_features: true, target: null, kind: 'normal', ...extra });

describe('summaryFromIndexEntry', () => {
  test('a dependency on another registry keeps that registry as its source', () => {
    const crates = 'https://github.com/rust-lang/crates.io-index';
    const s = summaryFromIndexEntry(parseIndexEntry(line([dep({ registry: crates }), dep({ name: 'baz' })]), '/x/foo'), 'sparse+http://alt.invalid/index/');
    expect(s.dependencies.map((d) => d.source)).toEqual([{ kind: 'registry', registryIndex: crates }, undefined]);
  });

  test('renames, kinds and defaults are read as cargo reads them', () => {
    const s = summaryFromIndexEntry(parseIndexEntry(line([dep({ name: 'b2', package: 'bar', kind: null, default_features: false, features: ['x'] })]), '/x/foo'), undefined);
    expect(s.dependencies[0]).toMatchObject({ nameInToml: 'b2', packageName: 'bar', kind: 'normal', defaultFeatures: false, features: ['x'] });
  });
});

describe('parseIndexEntry', () => {
  test('a registry that is not a URL is an index error naming the dependency', () => {
    let err: unknown;
    try {
      parseIndexEntry(line([dep({ registry: 'not a url' })]), '/x/foo');
    } catch (e) {
      err = e;
    }
    expect(isCargoError(err) && err.oneLine()).toBe('/x/foo: index entry `foo 1.0.0` has an invalid registry URL `not a url` of `bar`');
  });
});
