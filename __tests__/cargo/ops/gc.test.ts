import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheContents } from '../../../src/cargo/ops/cache_contents.js';
import { gcCargoHome as gcContents } from '../../../src/cargo/ops/gc.js';
import { listFiles, sizeOf } from '../../../src/cargo/util/paths.js';
import type { LayoutPlan } from '../../../src/cargo/ops/layout_plan.js';
import { DIR, gitPackage, OTHER, plan, registryPackage } from '../../plan_fixture.js';
import { tempDir } from '../../../test-support/tmp.js';

/** gc on the plans' cache contents, with what it removed in one list (derived data and unneeded files together). */
function gcCargoHome(root: string, plans: LayoutPlan[]): { removed: string[]; bytes: number } {
  const s = gcContents(root, cacheContents(plans));
  return { removed: [...s.derived, ...s.unneeded], bytes: s.derivedBytes + s.unneededBytes };
}

/** A CARGO_HOME whose file sizes are known, so removed bytes can be summed without gc's own helpers. */
class Home {
  readonly root = tempDir('cc-gc-home-');
  readonly outside = tempDir('cc-gc-outside-');
  /** Every file and symlink written, relative to root, with its lstat size. */
  readonly sizes = new Map<string, number>();

  file(rel: string, content = `contents of ${rel}\n`): this {
    const abs = path.join(this.root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
    this.sizes.set(rel, Buffer.byteLength(content));
    return this;
  }

  link(rel: string, target: string): this {
    const abs = path.join(this.root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.symlinkSync(target, abs);
    this.sizes.set(rel, Buffer.byteLength(target));
    return this;
  }

  /** Files and links now present, relative, sorted (links are not followed). */
  present(): string[] {
    const out: string[] = [];
    const walk = (rel: string) => {
      for (const e of fs.readdirSync(path.join(this.root, rel), { withFileTypes: true })) {
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(child);
        else out.push(child);
      }
    };
    walk('');
    return out.sort();
  }

  /** Bytes written at or below each of `rels`. */
  bytesUnder(rels: string[]): number {
    let n = 0;
    for (const [f, size] of this.sizes) if (rels.some((r) => f === r || f.startsWith(`${r}/`))) n += size;
    return n;
  }
}

const NEVER_TOUCHED = ['credentials', 'credentials.toml', 'config', 'config.toml', '.crates.toml', '.crates2.json', 'bin/my-tool', 'env'];

describe('gcCargoHome', () => {
  let home: Home;
  let plans: LayoutPlan[];

  beforeEach(() => {
    home = new Home();
    for (const f of NEVER_TOUCHED) home.file(f, f.startsWith('credentials') ? '[registry]\ntoken = "secret"\n' : undefined);
    // Planned: cfg-if (depth-2 index path), syn (3/s/syn), a (1/a), Inflector (index path lowercased), one git db.
    home
      .file(`registry/index/${DIR}/config.json`, '{"dl":"https://example.com/dl"}')
      .file(`registry/index/${DIR}/.cache/cf/g-/cfg-if`)
      .file(`registry/index/${DIR}/.cache/3/s/syn`)
      .file(`registry/index/${DIR}/.cache/1/a`)
      .file(`registry/index/${DIR}/.cache/in/fl/inflector`)
      .file(`registry/cache/${DIR}/cfg-if-1.0.0.crate`)
      .file(`registry/cache/${DIR}/syn-1.0.109.crate`)
      .file(`registry/cache/${DIR}/a-0.1.0.crate`)
      .file(`registry/cache/${DIR}/Inflector-0.11.4.crate`)
      .file('git/db/planned-abc/HEAD')
      .file('git/db/planned-abc/objects/pack/p.pack', 'x'.repeat(5000));
    // Unplanned in a planned registry: an old version, a dropped crate and its index cache.
    home
      .file(`registry/cache/${DIR}/cfg-if-0.1.10.crate`, 'y'.repeat(3000))
      .file(`registry/cache/${DIR}/dropped-2.0.0.crate`)
      .file(`registry/index/${DIR}/.cache/dr/op/dropped`);
    // Derived data: extracted sources and checkouts (of every registry and repository).
    home
      .file(`registry/src/${DIR}/cfg-if-1.0.0/src/lib.rs`)
      .file(`registry/src/${OTHER}/x-1.0.0/src/lib.rs`)
      .file('git/checkouts/planned-abc/0123456/src/lib.rs')
      .file('git/db/unplanned-def/HEAD');
    // A registry no plan uses: left alone.
    home
      .file(`registry/index/${OTHER}/config.json`)
      .file(`registry/index/${OTHER}/.cache/1/x`)
      .file(`registry/cache/${OTHER}/x-1.0.0.crate`);
    // Links into a directory outside CARGO_HOME: the links go, what they point at stays.
    fs.writeFileSync(path.join(home.outside, 'target.crate'), 'not ours');
    fs.mkdirSync(path.join(home.outside, 'dir'));
    fs.writeFileSync(path.join(home.outside, 'dir', 'keep.txt'), 'not ours either');
    home
      .link(`registry/cache/${DIR}/linked-1.0.0.crate`, path.join(home.outside, 'target.crate'))
      .link(`registry/cache/${DIR}/linked-dir`, path.join(home.outside, 'dir'))
      .link(`registry/index/${DIR}/.cache/li/nk/link`, path.join(home.outside, 'dir'))
      .link('git/db/linked-ghi', path.join(home.outside, 'dir'));

    plans = [
      plan(home.root, [
        registryPackage('cfg-if', '1.0.0'),
        registryPackage('syn', '1.0.109'),
        registryPackage('a', '0.1.0'),
        registryPackage('Inflector', '0.11.4'),
        gitPackage('gitdep', 'planned-abc'),
      ]),
    ];
  });

  const expectedRemoved = () =>
    [
      'git/checkouts',
      'git/db/linked-ghi',
      'git/db/unplanned-def',
      `registry/cache/${DIR}/cfg-if-0.1.10.crate`,
      `registry/cache/${DIR}/dropped-2.0.0.crate`,
      `registry/cache/${DIR}/linked-1.0.0.crate`,
      `registry/cache/${DIR}/linked-dir`,
      `registry/index/${DIR}/.cache/dr/op/dropped`,
      `registry/index/${DIR}/.cache/li/nk/link`,
      'registry/src',
    ].sort();

  test('removes exactly the derived and unplanned entries and reports them with their bytes', () => {
    const before = home.present();
    const stats = gcCargoHome(home.root, plans);
    expect([...stats.removed].sort()).toEqual(expectedRemoved());
    expect(stats.bytes).toBe(home.bytesUnder(expectedRemoved()));
    // The 3000-byte old crate counts; the planned 5000-byte pack does not.
    expect(stats.bytes).toBeGreaterThan(3000);
    expect(stats.bytes).toBeLessThan(5000);
    const gone = before.filter((f) => expectedRemoved().some((r) => f === r || f.startsWith(`${r}/`)));
    expect(home.present()).toEqual(before.filter((f) => !gone.includes(f)));
  });

  test('keeps planned crates, their index cache files (lowercased) and each registry config.json', () => {
    gcCargoHome(home.root, plans);
    const present = home.present();
    for (const p of plans[0].packages) {
      if (p.layout.kind === 'registry') expect(present).toEqual(expect.arrayContaining([p.layout.crate, p.layout.index]));
    }
    expect(present).toContain(`registry/index/${DIR}/config.json`);
    expect(present).toEqual(expect.arrayContaining(['git/db/planned-abc/HEAD', 'git/db/planned-abc/objects/pack/p.pack']));
  });

  test('never touches credentials, config, bin or the install records', () => {
    const bytes = Object.fromEntries(NEVER_TOUCHED.map((f) => [f, fs.readFileSync(path.join(home.root, f))]));
    const stats = gcCargoHome(home.root, plans);
    for (const f of NEVER_TOUCHED) {
      expect(fs.readFileSync(path.join(home.root, f))).toEqual(bytes[f]);
      expect(stats.removed.some((r) => f === r || f.startsWith(`${r}/`))).toBe(false);
    }
  });

  test('leaves registries no plan uses alone (except their extracted sources)', () => {
    gcCargoHome(home.root, plans);
    expect(home.present().filter((f) => f.includes(OTHER))).toEqual(
      [`registry/cache/${OTHER}/x-1.0.0.crate`, `registry/index/${OTHER}/.cache/1/x`, `registry/index/${OTHER}/config.json`].sort(),
    );
  });

  test('removes symlinks without following them', () => {
    gcCargoHome(home.root, plans);
    expect(fs.readFileSync(path.join(home.outside, 'target.crate'), 'utf8')).toBe('not ours');
    expect(fs.readdirSync(path.join(home.outside, 'dir'))).toEqual(['keep.txt']);
    for (const l of [`registry/cache/${DIR}/linked-dir`, 'git/db/linked-ghi']) {
      expect(() => fs.lstatSync(path.join(home.root, l))).toThrow();
    }
  });

  test('a registry/src that is itself a symlink is unlinked, not emptied', () => {
    fs.rmSync(path.join(home.root, 'registry', 'src'), { recursive: true });
    fs.symlinkSync(path.join(home.outside, 'dir'), path.join(home.root, 'registry', 'src'));
    const stats = gcCargoHome(home.root, plans);
    expect(stats.removed).toContain('registry/src');
    expect(fs.readdirSync(path.join(home.outside, 'dir'))).toEqual(['keep.txt']);
    expect(fs.existsSync(path.join(home.root, 'registry', 'src'))).toBe(false);
  });

  test('derived data (registry/src, git/checkouts) is told apart from downloads no plan needs', () => {
    const stats = gcContents(home.root, cacheContents(plans));
    expect(stats.derived).toEqual(['registry/src', 'git/checkouts']);
    expect([...stats.unneeded].sort()).toEqual(expectedRemoved().filter((r) => !stats.derived.includes(r)));
    expect(stats.derivedBytes).toBe(home.bytesUnder(stats.derived));
    expect(stats.unneededBytes).toBe(home.bytesUnder(stats.unneeded));
  });

  test('a second run finds nothing more to remove', () => {
    gcCargoHome(home.root, plans);
    const after = home.present();
    expect(gcCargoHome(home.root, plans)).toEqual({ removed: [], bytes: 0 });
    expect(home.present()).toEqual(after);
  });

  test('several plans keep the union of what they need', () => {
    const second = plan(home.root, [registryPackage('dropped', '2.0.0'), gitPackage('other', 'unplanned-def')]);
    const stats = gcCargoHome(home.root, [...plans, second]);
    const present = home.present();
    expect(present).toEqual(
      expect.arrayContaining([
        `registry/cache/${DIR}/dropped-2.0.0.crate`,
        `registry/index/${DIR}/.cache/dr/op/dropped`,
        'git/db/unplanned-def/HEAD',
        `registry/cache/${DIR}/cfg-if-1.0.0.crate`,
      ]),
    );
    expect(stats.removed).not.toContain('git/db/unplanned-def');
    expect(stats.removed).toContain(`registry/cache/${DIR}/cfg-if-0.1.10.crate`);
  });

  test('a plan that uses another registry prunes that one too, and keeps this one whole', () => {
    const other = plan(home.root, [registryPackage('y', '1.0.0', { dir: OTHER })]);
    const stats = gcCargoHome(home.root, [other]);
    expect(stats.removed).toEqual(expect.arrayContaining([`registry/cache/${OTHER}/x-1.0.0.crate`, `registry/index/${OTHER}/.cache/1/x`]));
    expect(stats.removed.some((r) => r.startsWith(`registry/cache/${DIR}/`) || r.startsWith(`registry/index/${DIR}/`))).toBe(false);
    expect(home.present()).toContain(`registry/index/${OTHER}/config.json`);
  });

  test('an empty or missing CARGO_HOME is not an error', () => {
    const empty = tempDir('cc-gc-empty-');
    expect(gcCargoHome(empty, plans)).toEqual({ removed: [], bytes: 0 });
    expect(gcCargoHome(path.join(empty, 'missing'), plans)).toEqual({ removed: [], bytes: 0 });
  });
});

describe('listFiles and sizeOf', () => {
  test('listFiles lists files and links below a directory, relative, without descending into links', () => {
    const home = new Home().file('a/b/c.txt').file('a/d.txt').link('a/l', os.tmpdir());
    expect(listFiles(home.root, 'a').sort()).toEqual(['a/b/c.txt', 'a/d.txt', 'a/l']);
    expect(listFiles(home.root, 'missing')).toEqual([]);
  });

  test('sizeOf sums file bytes below a path and counts a link as its own length', () => {
    const home = new Home().file('d/x', '12345').file('d/e/y', '1234567').link('d/l', '/nonexistent/target');
    expect(sizeOf(path.join(home.root, 'd'))).toBe(5 + 7 + '/nonexistent/target'.length);
    expect(sizeOf(path.join(home.root, 'd', 'x'))).toBe(5);
    expect(sizeOf(path.join(home.root, 'nope'))).toBe(0);
  });
});
