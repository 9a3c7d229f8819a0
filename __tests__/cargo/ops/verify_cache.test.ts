import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DIR, gitPackage, plan, registryPackage as planned } from '../../plan_fixture.js';
import { cacheContents } from '../../../src/cargo/ops/cache_contents.js';
import { sha256File, verifyCrates } from '../../../src/cargo/ops/verify_cache.js';
import { tempDir } from '../../../test-support/tmp.js';

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');


describe('verifyCrates', () => {
  let home: string;
  const abs = (rel: string) => path.join(home, ...rel.split('/'));
  const put = (rel: string, content: string) => {
    fs.mkdirSync(path.dirname(abs(rel)), { recursive: true });
    fs.writeFileSync(abs(rel), content);
  };

  beforeEach(() => {
    home = tempDir('cc-verify-');
  });

  test('a .crate that matches Cargo.lock is counted present and kept', () => {
    const p = planned('good', '1.0.0', { checksum: sha('good bytes') });
    put(`registry/cache/${DIR}/good-1.0.0.crate`, 'good bytes');
    const inv = verifyCrates(home, cacheContents([plan(home, [p])]));
    expect(inv).toEqual({ present: 1, missing: 0, missingGit: 0, mismatches: [] });
    expect(fs.readFileSync(abs(`registry/cache/${DIR}/good-1.0.0.crate`), 'utf8')).toBe('good bytes');
  });

  test('with hash: false, present files are only counted: nothing is read or deleted', () => {
    const p = planned('counted', '1.0.0', { checksum: sha('the published bytes') });
    const rel = `registry/cache/${DIR}/counted-1.0.0.crate`;
    put(rel, 'other bytes');
    const absent = planned('absent', '1.0.0', { checksum: sha('x') });
    expect(verifyCrates(home, cacheContents([plan(home, [p, absent])]), { hash: false })).toEqual({ present: 1, missing: 1, missingGit: 0, mismatches: [] });
    expect(fs.existsSync(abs(rel))).toBe(true);
  });

  test('a .crate that differs is deleted, counted missing and reported with both hashes', () => {
    const p = planned('bad', '0.2.3', { checksum: sha('the published bytes') });
    const rel = `registry/cache/${DIR}/bad-0.2.3.crate`;
    put(rel, 'poisoned bytes');
    const inv = verifyCrates(home, cacheContents([plan(home, [p])]));
    expect(inv.present).toBe(0);
    expect(inv.missing).toBe(1);
    expect(inv.mismatches).toEqual([{ name: 'bad', version: '0.2.3', file: rel, expected: sha('the published bytes'), actual: sha('poisoned bytes') }]);
    expect(fs.existsSync(abs(rel))).toBe(false);
  });

  test('an absent .crate is counted missing; a .crate with no checksum in Cargo.lock is trusted', () => {
    const absent = planned('absent', '1.0.0', { checksum: sha('x') });
    const unchecked = planned('unchecked', '1.0.0', { checksum: undefined });
    put(`registry/cache/${DIR}/unchecked-1.0.0.crate`, 'anything');
    const inv = verifyCrates(home, cacheContents([plan(home, [absent, unchecked])]));
    expect(inv).toEqual({ present: 1, missing: 1, missingGit: 0, mismatches: [] });
    expect(fs.existsSync(abs(`registry/cache/${DIR}/unchecked-1.0.0.crate`))).toBe(true);
  });

  test('git databases are counted apart: absent ones as missingGit, present ones not as crates', () => {
    put('git/db/here-abc/HEAD', 'ref: refs/heads/main\n');
    const inv = verifyCrates(home, cacheContents([plan(home, [gitPackage('here', 'here-abc'), gitPackage('gone', 'gone-def')])]));
    expect(inv).toEqual({ present: 0, missing: 0, missingGit: 1, mismatches: [] });
  });

  test('a mixed inventory across two plans counts each file once', () => {
    const shared = planned('shared', '1.0.0', { checksum: sha('shared') });
    const bad = planned('bad', '1.0.0', { checksum: sha('expected') });
    const gone = planned('gone', '1.0.0', { checksum: sha('gone') });
    put(`registry/cache/${DIR}/shared-1.0.0.crate`, 'shared');
    put(`registry/cache/${DIR}/bad-1.0.0.crate`, 'unexpected');
    const plans = [plan(home, [shared, bad, gitPackage('g', 'g-1')]), plan(home, [shared, gone, bad, gitPackage('g', 'g-1')])];
    const inv = verifyCrates(home, cacheContents(plans));
    expect(inv.present).toBe(1);
    expect(inv.missing).toBe(2);
    expect(inv.missingGit).toBe(1);
    expect(inv.mismatches.map((m) => m.name)).toEqual(['bad']);
  });

  test('after a mismatch is deleted, a second pass reports it missing, not mismatched again', () => {
    const p = planned('bad', '1.0.0', { checksum: sha('expected') });
    put(`registry/cache/${DIR}/bad-1.0.0.crate`, 'unexpected');
    verifyCrates(home, cacheContents([plan(home, [p])]));
    expect(verifyCrates(home, cacheContents([plan(home, [p])]))).toEqual({ present: 0, missing: 1, missingGit: 0, mismatches: [] });
  });
});

describe('sha256File', () => {
  test('hashes small and multi-chunk files like a one-shot hash', () => {
    const dir = tempDir('cc-sha-');
    fs.writeFileSync(path.join(dir, 'abc'), 'abc');
    expect(sha256File(path.join(dir, 'abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const big = Buffer.alloc(200_003);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
    fs.writeFileSync(path.join(dir, 'big'), big);
    expect(sha256File(path.join(dir, 'big'))).toBe(sha(big));
    fs.writeFileSync(path.join(dir, 'empty'), '');
    expect(sha256File(path.join(dir, 'empty'))).toBe(sha(''));
  });
});
