import fs from 'node:fs';
import path from 'node:path';
import type { LayoutPlan } from '../../../src/cargo/ops/layout_plan.js';
import { cacheContents } from '../../../src/cargo/ops/cache_contents.js';
import { auditRestore, snapshotCacheRoots } from '../../../src/cargo/ops/restore_audit.js';
import { SourceId } from '../../../src/cargo/core/source_id.js';
import { encodeIndexCache } from '../../../src/cargo/sources/registry/index_cache.js';
import { tempDir } from '../../../test-support/tmp.js';

const DIR = 'index.crates.io-1949cf8c6b5b557f';
const plan: LayoutPlan = {
  cargoHome: '/unused',
  cargoVersion: '1.95',
  lockfile: '/w/Cargo.lock',
  registries: [{ lockedSource: 'registry+https://github.com/rust-lang/crates.io-index', source: 'sparse+https://index.crates.io/', dir: DIR, packages: 1 }],
  packages: [
    {
      name: 'foo', version: '1.0.0', source: 'registry+https://github.com/rust-lang/crates.io-index', checksum: 'a'.repeat(64),
      layout: { kind: 'registry', source: SourceId.cratesIo(), dir: DIR, index: `registry/index/${DIR}/.cache/3/f/foo`, crate: `registry/cache/${DIR}/foo-1.0.0.crate`, src: `registry/src/${DIR}/foo-1.0.0` },
    },
    { name: 'dep', version: '0.1.0', source: 'git+https://example.com/dep#' + 'b'.repeat(40), layout: { kind: 'git', ident: 'dep-0123456789abcdef', db: 'git/db/dep-0123456789abcdef', checkout: 'git/checkouts/dep-0123456789abcdef/bbbbbbb' } },
  ],
  vendored: [],
};

function home(): string {
  const h = tempDir('cc-audit-');
  const put = (rel: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(h, rel)), { recursive: true });
    fs.writeFileSync(path.join(h, rel), data);
  };
  put(`registry/index/${DIR}/config.json`, '{}');
  put(plan.packages[0].layout.kind === 'registry' ? plan.packages[0].layout.index : '', encodeIndexCache({ indexVersion: 'Unknown', entries: [{ version: '1.0.0', line: '{}' }] }));
  put(`registry/cache/${DIR}/foo-1.0.0.crate`, 'crate');
  put('git/db/dep-0123456789abcdef/HEAD', 'ref: refs/heads/master\n');
  return h;
}

describe('auditRestore', () => {
  test('a clean restore is left alone', () => {
    const h = home();
    const before = new Set<string>();
    expect(auditRestore(h, cacheContents([plan]), before)).toEqual({ symlinks: [], extra: [], broken: [] });
    expect(fs.existsSync(path.join(h, `registry/cache/${DIR}/foo-1.0.0.crate`))).toBe(true);
  });

  test('extra files the restore brought are removed; files that were there before are kept', () => {
    const h = home();
    fs.writeFileSync(path.join(h, `registry/cache/${DIR}/mine-2.0.0.crate`), 'from the runner');
    const before = snapshotCacheRoots(h, cacheContents([plan]));
    fs.writeFileSync(path.join(h, `registry/cache/${DIR}/evil-6.6.6.crate`), 'from the archive');
    fs.mkdirSync(path.join(h, 'git/db/evil-ffff'), { recursive: true });
    fs.writeFileSync(path.join(h, 'git/db/evil-ffff/HEAD'), 'x');
    const a = auditRestore(h, cacheContents([plan]), before);
    expect(a.extra.sort()).toEqual(['git/db/evil-ffff/HEAD', `registry/cache/${DIR}/evil-6.6.6.crate`]);
    expect(fs.existsSync(path.join(h, `registry/cache/${DIR}/mine-2.0.0.crate`))).toBe(true);
  });

  test('symlinks are unlinked without following them, including a linked root', () => {
    const h = home();
    const outside = tempDir('cc-audit-outside-');
    fs.writeFileSync(path.join(outside, 'precious'), 'keep me');
    fs.symlinkSync(path.join(outside, 'precious'), path.join(h, `registry/cache/${DIR}/link.crate`));
    fs.rmSync(path.join(h, 'git/db'), { recursive: true });
    fs.symlinkSync(outside, path.join(h, 'git/db'));
    const a = auditRestore(h, cacheContents([plan]), new Set());
    expect(a.symlinks.sort()).toEqual(['git/db', `registry/cache/${DIR}/link.crate`]);
    expect(fs.readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('keep me');
  });

  test('a planned index cache file cut off mid-restore is removed', () => {
    const h = home();
    const idx = path.join(h, `registry/index/${DIR}/.cache/3/f/foo`);
    const buf = fs.readFileSync(idx);
    fs.writeFileSync(idx, buf.subarray(0, buf.length - 3));
    expect(auditRestore(h, cacheContents([plan]), new Set()).broken).toEqual([`registry/index/${DIR}/.cache/3/f/foo`]);
    expect(fs.existsSync(idx)).toBe(false);
  });
});
