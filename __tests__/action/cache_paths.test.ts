import * as glob from '@actions/glob';
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { cachedBytes as bytesOf, cachePaths as pathsOf } from '../../src/action/cache_paths.js';
import { cacheContents } from '../../src/cargo/ops/cache_contents.js';
import type { LayoutPlan } from '../../src/cargo/ops/layout_plan.js';
import { DIR, gitPackage, OTHER, plan, registryPackage } from '../plan_fixture.js';
import { tempDir } from '../../test-support/tmp.js';

const cachePaths = (home: string, plans: LayoutPlan[], bin: boolean) => pathsOf(home, cacheContents(plans), bin);
const cachedBytes = (home: string, plans: LayoutPlan[], bin: boolean) => bytesOf(home, cacheContents(plans), bin);

function cargoHome(files: string[]): string {
  const home = tempDir('cc-paths-');
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(home, f)), { recursive: true });
    fs.writeFileSync(path.join(home, f), f);
  }
  return home;
}

/** What `@actions/cache` would archive: its glob (no implicit descendants), then tar recursing into directories. */
async function archived(home: string, patterns: string[]): Promise<string[]> {
  const globber = await glob.create(patterns.join('\n'), { implicitDescendants: false });
  const out = new Set<string>();
  const add = (abs: string) => {
    if (fs.statSync(abs).isDirectory()) for (const name of fs.readdirSync(abs)) add(path.join(abs, name));
    else out.add(path.relative(home, abs).split(path.sep).join('/'));
  };
  for (const m of await globber.glob()) add(m);
  return [...out].sort();
}

const SECRETS = ['credentials', 'credentials.toml', 'config', 'config.toml', 'env', '.package-cache', '.global-cache'];
const BIN = ['bin/my-tool', 'bin/cargo-nextest', '.crates.toml', '.crates2.json'];
const WANTED = [
  `registry/index/${DIR}/config.json`,
  `registry/index/${DIR}/.cache/1/a`,
  `registry/index/${DIR}/.cache/2/ab`,
  `registry/index/${DIR}/.cache/3/s/syn`,
  `registry/index/${DIR}/.cache/cf/g-/cfg-if`,
  `registry/cache/${DIR}/a-0.1.0.crate`,
  `registry/cache/${DIR}/ab-1.0.0.crate`,
  `registry/cache/${DIR}/syn-1.0.109.crate`,
  `registry/cache/${DIR}/cfg-if-1.0.0.crate`,
];
const DERIVED = [
  `registry/src/${DIR}/cfg-if-1.0.0/src/lib.rs`,
  `registry/index/${DIR}/.cache/.lock`,
  `registry/cache/${DIR}/.package-cache`,
  'git/checkouts/dep-abc/0123456/src/lib.rs',
  `registry/cache/${OTHER}/x-1.0.0.crate`,
  `registry/index/${OTHER}/config.json`,
  `registry/index/${OTHER}/.cache/1/x`,
];
const GIT = ['git/db/dep-abc/HEAD', 'git/db/dep-abc/objects/pack/pack-1.pack'];

const packages = [registryPackage('a', '0.1.0'), registryPackage('ab', '1.0.0'), registryPackage('syn', '1.0.109'), registryPackage('cfg-if', '1.0.0')];

describe('cachePaths', () => {
  // @actions/glob logs ::debug:: lines on stdout.
  beforeAll(() => jest.spyOn(process.stdout, 'write').mockImplementation(() => true));
  afterAll(() => jest.restoreAllMocks());

  test('archives the planned registry index cache, config.json and .crate files, nothing else', async () => {
    const home = cargoHome([...SECRETS, ...BIN, ...WANTED, ...DERIVED, ...GIT]);
    const paths = cachePaths(home, [plan(home, packages)], false);
    expect(await archived(home, paths)).toEqual([...WANTED].sort());
  });

  test('adds git/db only when a plan has git packages, and bin with the install records only when asked', async () => {
    const home = cargoHome([...SECRETS, ...BIN, ...WANTED, ...DERIVED, ...GIT]);
    const withGit = [plan(home, [...packages, gitPackage('dep', 'dep-abc')])];
    expect(await archived(home, cachePaths(home, withGit, false))).toEqual([...WANTED, ...GIT].sort());
    expect(await archived(home, cachePaths(home, withGit, true))).toEqual([...WANTED, ...GIT, ...BIN].sort());
    expect(await archived(home, cachePaths(home, [plan(home, packages)], true))).toEqual([...WANTED, ...BIN].sort());
  });

  test('cachedBytes is the size of exactly what would be archived', async () => {
    const home = cargoHome([...SECRETS, ...BIN, ...WANTED, ...GIT]);
    const plans = [plan(home, [...packages, gitPackage('dep', 'dep-abc')])];
    for (const bin of [false, true]) {
      const files = await archived(home, cachePaths(home, plans, bin));
      const bytes = files.reduce((n, f) => n + fs.statSync(path.join(home, f)).size, 0);
      expect(cachedBytes(home, plans, bin)).toBe(bytes);
    }
  });

  test('never names CARGO_HOME itself or anything outside it, and never reaches credentials or config', async () => {
    const home = cargoHome([...SECRETS, ...BIN, ...WANTED, ...GIT]);
    for (const cacheBin of [false, true]) {
      const paths = cachePaths(home, [plan(home, [...packages, gitPackage('dep', 'dep-abc')])], cacheBin);
      for (const p of paths) {
        expect(path.resolve(p)).not.toBe(path.resolve(home));
        expect(p.startsWith(home + path.sep)).toBe(true);
      }
      const files = await archived(home, paths);
      for (const s of SECRETS) expect(files).not.toContain(s);
    }
  });

  test('depends only on the registry directories: a lockfile bump keeps the same list', () => {
    const home = '/home/runner/.cargo';
    const before = cachePaths(home, [plan(home, packages)], false);
    const bumped = cachePaths(home, [plan(home, [registryPackage('cfg-if', '1.0.1'), registryPackage('serde', '1.0.200'), registryPackage('zz', '0.0.1')])], false);
    expect(bumped).toEqual(before);
    const more = cachePaths(home, [plan(home, [...packages, registryPackage('x', '1.0.0', { dir: OTHER })])], false);
    expect(more).not.toEqual(before);
  });

  test('registries are listed once each, in a stable order, whatever the plans', () => {
    const home = '/home/runner/.cargo';
    const ab = cachePaths(home, [plan(home, [registryPackage('x', '1.0.0', { dir: OTHER })]), plan(home, packages)], false);
    const ba = cachePaths(home, [plan(home, packages), plan(home, [registryPackage('y', '2.0.0', { dir: OTHER }), registryPackage('z', '1.0.0')])], false);
    expect(ab).toEqual(ba);
    expect(new Set(ab).size).toBe(ab.length);
    expect(ab.filter((p) => p.endsWith('config.json'))).toHaveLength(2);
  });

  test('no plans with registries or git: no paths, except bin when asked', () => {
    const home = '/home/runner/.cargo';
    expect(cachePaths(home, [plan(home, [])], false)).toEqual([]);
    expect(cachePaths(home, [plan(home, [])], true).map((p) => path.relative(home, p)).sort()).toEqual(['.crates.toml', '.crates2.json', 'bin']);
  });
});
