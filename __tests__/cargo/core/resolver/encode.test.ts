import { Resolve } from '../../../../src/cargo/core/resolver/resolve.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CargoError } from '../../../../src/cargo/util/errors.js';
import {
  decodeLockfile,
  encodeLockfile,
  resolveDependency,
  sameLockfileText,
  type EncodableResolve,
} from '../../../../src/cargo/core/resolver/encode.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/lockfiles');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const MY = 'sparse+https://my.example/index/';

const fixtures = ['ws', 'replace', 'patch_unused', 'solo'].flatMap((n) => [1, 2, 3, 4].map((v) => ({ name: `${n}_v${v}.lock`, base: n, v })));

describe('round trip of real cargo 1.95 lockfiles', () => {
  test.each(fixtures)('$name decodes as v$v and re-encodes byte for byte', ({ name, v }) => {
    const text = read(name);
    const r = decodeLockfile(text, name);
    expect(r.version).toBe(v);
    expect(encodeLockfile(r)).toBe(text);
  });

  test.each(fixtures.filter((f) => f.v < 4))('$base v4 re-encoded as v$v is what cargo keeps ($name)', ({ name, base, v }) => {
    const r = decodeLockfile(read(`${base}_v4.lock`), 'Cargo.lock');
    r.version = v as EncodableResolve['version'];
    expect(encodeLockfile(r)).toBe(read(name));
  });
});

describe('model', () => {
  const v4 = decodeLockfile(read('ws_v4.lock'), 'ws_v4.lock');
  const v1 = decodeLockfile(read('ws_v1.lock'), 'ws_v1.lock');
  const pkg = (r: EncodableResolve, name: string, version: string, source?: string) =>
    r.packages.find((p) => p.name === name && p.version === version && (source === undefined || p.source?.startsWith(source)))!;

  test('checksums are filled the same way for v1 ([metadata]) and v4 (inline)', () => {
    expect(pkg(v1, 'bar', '0.1.0').checksum).toMatch(/^[0-9a-f]{64}$/);
    const sums = (r: EncodableResolve) => r.packages.map((p) => `${p.name} ${p.version} ${p.checksum ?? '-'}`).sort();
    expect(sums(v1)).toEqual(sums(v4));
    expect(pkg(v1, 'nock', '0.1.0').checksum).toBeUndefined(); // "<none>"
    expect(v1.metadata[`checksum bar 0.1.0 (${CRATES_IO})`]).toBe(pkg(v4, 'bar', '0.1.0').checksum);
  });

  test('line numbers point at [[package]] headers and dependency lines', () => {
    const text = read('ws_v4.lock').split('\n');
    const d = pkg(v4, 'd', '0.4.0');
    expect(text[d.line - 1]).toBe('[[package]]');
    expect(text[d.line]).toBe('name = "d"');
    for (const dep of d.dependencies) expect(text[dep.line - 1]).toBe(` ${JSON.stringify(dep.raw)},`);
  });

  test('dependency strings keep their written form and parts', () => {
    const a = pkg(v4, 'a', '0.1.0');
    expect(a.dependencies.map((x) => x.raw)).toContain(`foo 1.0.0 (${MY})`);
    expect(a.dependencies.find((x) => x.raw === `foo 1.0.0 (${MY})`)).toMatchObject({ name: 'foo', version: '1.0.0', source: MY });
    expect(a.dependencies.find((x) => x.raw === 'baz')).toMatchObject({ name: 'baz', version: undefined, source: undefined });
  });

  test('resolveDependency finds packages by name, then version, then source', () => {
    const d = pkg(v4, 'd', '0.4.0');
    const target = (raw: string) => resolveDependency(v4, d.dependencies.find((x) => x.raw === raw)!);
    expect(target(`foo 1.0.0 (${MY})`).checksum).toBe(pkg(v4, 'foo', '1.0.0', MY).checksum);
    expect(target(`foo 1.0.0 (${CRATES_IO})`).source).toBe(CRATES_IO);
    expect(target('foo 10.0.0').version).toBe('10.0.0');
    expect(target('gitdep 0.5.0 (git+file:///tmp/h3/repo.git?tag=v1)').source).toMatch(/\?tag=v1#[0-9a-f]{40}$/);
    expect(resolveDependency(v4, pkg(v4, 'c', '0.3.0').dependencies[0]).name).toBe('a');
    // A sourceless edge prefers the path package over a registry one of the same name and version.
    const rep = decodeLockfile(read('replace_v4.lock'), 'replace_v4.lock');
    const app = rep.packages.find((p) => p.name === 'app')!;
    expect(resolveDependency(rep, app.dependencies.find((x) => x.raw === 'foo 2.0.0')!).source).toBeUndefined();
    // v1 edges always carry the source.
    const v1b = pkg(v1, 'b', '0.2.0');
    expect(resolveDependency(v1, v1b.dependencies[0]).version).toBe('3.0.0-alpha.1');
  });

  test('extra header comments, [replace] and [[patch.unused]] are kept', () => {
    const rep = decodeLockfile(read('replace_v4.lock'), 'x');
    expect(rep.headerComments).toEqual(['# extra comment kept by cargo']);
    expect(rep.packages.find((p) => p.replace !== undefined)).toMatchObject({ name: 'bar', source: CRATES_IO, replace: 'bar 0.1.0' });
    const pu = decodeLockfile(read('patch_unused_v4.lock'), 'x');
    expect(pu.patchUnused.map((p) => `${p.name} ${p.version} ${p.source ?? 'path'}`)).toEqual(['nock 0.9.0 path', `qux 0.2.0 ${MY}`]);
  });
});

describe('what cargo would rewrite', () => {
  const text = read('ws_v4.lock');
  const reencode = (t: string) => encodeLockfile(decodeLockfile(t, 'Cargo.lock'));
  const block = (t: string, name: string) => {
    const i = t.indexOf(`[[package]]\nname = "${name}"\n`);
    return t.slice(i, t.indexOf('[[package]]', i + 1));
  };

  test('reordered packages are put back in PackageId order', () => {
    const swapped = text.replace(block(text, 'bar') + block(text, 'baz'), block(text, 'baz') + block(text, 'bar'));
    expect(swapped).not.toBe(text);
    expect(reencode(swapped)).toBe(text);
    expect(sameLockfileText(swapped, reencode(swapped))).toBe(false);
  });

  test('reordered or long-form dependencies are re-sorted and shortened', () => {
    const moved = text.replace(' "b",\n "baz",\n', ' "baz",\n "b",\n');
    expect(moved).not.toBe(text);
    expect(reencode(moved)).toBe(text);
    const long = text.replace(' "b",\n "baz",\n', ' "b 0.2.0",\n "baz 0.3.0 (registry+https://github.com/rust-lang/crates.io-index)",\n');
    expect(reencode(long)).toBe(text);
  });

  test('a missing checksum line shows up once the checksum is known from the registry', () => {
    const sum = decodeLockfile(text, 'x').packages.find((p) => p.name === 'bar')!.checksum!;
    const without = text.replace(`checksum = "${sum}"\n`, '');
    expect(without).not.toBe(text);
    const r = decodeLockfile(without, 'Cargo.lock');
    const bar = r.packages.find((p) => p.name === 'bar')!;
    expect(bar.checksum).toBeUndefined();
    bar.checksum = sum; // what the index says
    expect(encodeLockfile(r)).toBe(text);
    expect(sameLockfileText(without, encodeLockfile(r))).toBe(false);
  });

  test('an unencoded v4 git ref is rewritten form-encoded', () => {
    const raw = text.replaceAll('branch=feat%2Fx%2By', 'branch=feat/x%2By');
    expect(reencode(raw)).toBe(text);
  });

  test('CRLF input equals the LF encoding after normalisation', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const out = reencode(crlf);
    expect(out).toBe(text);
    expect(sameLockfileText(crlf, out)).toBe(true);
    expect(sameLockfileText(text.slice(0, -1), text)).toBe(true); // final newline is optional to `lines()`
    expect(sameLockfileText(text + '\n', text)).toBe(false);
  });
});

describe('errors carry file and line', () => {
  const base = read('ws_v4.lock');
  const fail = (t: string): CargoError => {
    try {
      decodeLockfile(t, 'Cargo.lock');
    } catch (e) {
      expect(e).toBeInstanceOf(CargoError);
      expect((e as CargoError).kind).toBe('lockfile');
      return e as CargoError;
    }
    throw new Error('expected decodeLockfile to fail');
  };
  const lineOf = (t: string, needle: string) => t.split('\n').findIndex((l) => l.includes(needle)) + 1;

  test('unknown lockfile version', () => {
    const e = fail(base.replace('version = 4', 'version = 99'));
    expect(e.message).toBe(
      'lock file version `99` was found, but this version of Cargo does not understand this lock file, perhaps Cargo needs to be updated?',
    );
    expect(e.location).toEqual({ file: 'Cargo.lock', line: 3 });
    expect(fail(base.replace('version = 4', 'version = "4"')).message).toMatch(/integer/);
  });

  test('TOML syntax errors', () => {
    const e = fail(base.replace('name = "bar"', 'name = "bar'));
    expect(e.location?.line).toBe(lineOf(base, 'name = "bar"'));
    expect(e.location?.col).toBeGreaterThan(0);
  });

  test('missing name or version, bad semver', () => {
    expect(fail(base.replace('name = "baz"\n', '')).oneLine()).toMatch(/^Cargo\.lock:\d+: missing field `name`/);
    const noVersion = base.replace('name = "baz"\nversion = "0.3.0"\n', 'name = "baz"\n');
    expect(fail(noVersion).message).toMatch(/missing field `version`/);
    const badVersion = base.replace('name = "baz"\nversion = "0.3.0"', 'name = "baz"\nversion = "0.3"');
    const e = fail(badVersion);
    expect(e.message).toMatch(/invalid version `0.3`/);
    expect(e.location?.line).toBe(lineOf(badVersion, 'name = "baz"') - 1);
  });

  test('duplicate packages', () => {
    const dup = base + '\n[[package]]\nname = "qux"\nversion = "0.2.0"\nsource = "sparse+https://my.example/index/"\n';
    const e = fail(dup);
    expect(e.message).toMatch(/package `qux` is specified twice in the lockfile/);
    expect(e.location?.line).toBe(dup.slice(0, dup.lastIndexOf('[[package]]')).split('\n').length);
  });

  test('bad dependency strings fail; dangling and ambiguous ones are skipped', () => {
    const bad = base.replace(' "baz",\n', ' "baz 0.3.0 registry+x",\n');
    expect(fail(bad).message).toMatch(/invalid serialized PackageId/);
    expect(fail(bad).location?.line).toBe(lineOf(bad, 'registry+x'));
    // Edges that name no package (or several) are skipped, as cargo's `into_resolve` does.
    for (const dangling of [
      base.replace(' "baz",\n', ' "nope",\n'),
      base.replace(' "foo 10.0.0",\n', ' "foo",\n'),
      base.replace(' "foo 10.0.0",\n', ' "foo 11.0.0",\n'),
    ]) {
      expect(() => decodeLockfile(dangling, 'Cargo.lock')).not.toThrow();
    }
    const badSource = base.replace(' "foo 10.0.0",\n', ' "foo 10.0.0 (ftp+x)",\n');
    expect(fail(badSource).message).toMatch(/unsupported source protocol/);
  });
});

describe('version detection without a `version` key', () => {
  test('inline checksums or short edges mean v2, long edges and [metadata] mean v1', () => {
    expect(decodeLockfile(read('ws_v2.lock'), 'x').version).toBe(2);
    expect(decodeLockfile(read('ws_v1.lock'), 'x').version).toBe(1);
    // v2 without checksums is still v2 through its short dependency form.
    const noSums = read('ws_v2.lock').replace(/^checksum = .*\n/gm, '');
    expect(decodeLockfile(noSums, 'x').version).toBe(2);
  });

  test('a one-package file is v2 only if it ends in a single newline', () => {
    const solo = read('solo_v1.lock');
    expect(solo.endsWith('\n\n')).toBe(true);
    expect(decodeLockfile(solo, 'x').version).toBe(1);
    expect(decodeLockfile(solo.slice(0, -1), 'x').version).toBe(2);
  });

  test('[metadata] checksums next to inline ones are dropped, as cargo does on a bad merge', () => {
    const t = read('ws_v2.lock') + `\n[metadata]\n"checksum bar 0.1.0 (${CRATES_IO})" = "00"\n`;
    const r = decodeLockfile(t, 'x');
    expect(r.packages.every((p) => p.checksum === undefined)).toBe(true);
    expect(encodeLockfile(r)).not.toBe(read('ws_v2.lock'));
  });
});

describe('Resolve.fromEncodable', () => {
  const lock = `version = 4

[[package]]
name = "app"
version = "0.1.0"
dependencies = [
 "gone",
 "ghost",
 "lib",
]

[[package]]
name = "gone"
version = "0.1.0"

[[package]]
name = "lib"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${'a'.repeat(64)}"
`;

  test('drops path packages the workspace no longer has and skips edges to nothing, as cargo does', () => {
    const r = Resolve.fromEncodable(decodeLockfile(lock, 'Cargo.lock'), new Set(['app']));
    expect(r.list.map((p) => `${p.id.name} ${p.id.version} ${p.id.source ?? 'path'}`).sort()).toEqual(['app 0.1.0 path', 'lib 1.0.0 registry+https://github.com/rust-lang/crates.io-index']);
    expect(r.list.map((p) => p.index)).toEqual([0, 1]);
    const app = r.local('app')!;
    expect(app.deps.map((d) => d.id.name)).toEqual(['lib']);
    expect(app.edges.map((d) => d?.id.name)).toEqual([undefined, undefined, 'lib']);
  });
});
