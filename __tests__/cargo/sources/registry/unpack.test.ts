import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { CargoError } from '../../../../src/cargo/util/errors.js';
import { CARGO, describeWithCargo } from '../../../../test-support/cargo.js';
import { CARGO_OK_CONTENTS, isUnpacked, unpackCrate } from '../../../../src/cargo/sources/registry/unpack.js';
import {
  crateFilePath,
  ensureFixtureRegistry,
  FIXTURE_CACHE_DIR_NAME,
  FIXTURE_PORT,
  REPO_ROOT,
  startRegistryWhenFree,
} from '../../../../test-support/registry/index.js';
import { tempDir } from '../../../../test-support/tmp.js';

// ---- crafted archives: raw ustar headers, so any entry type and path can be written ----

interface RawEntry {
  path: string;
  type?: '0' | '1' | '2' | '3' | '5' | '6';
  data?: Buffer | string;
  mode?: number;
  linkname?: string;
  mtime?: number;
}

function octal(h: Buffer, off: number, len: number, v: number): void {
  h.write(v.toString(8).padStart(len - 1, '0') + '\0', off, len, 'latin1');
}

function rawTar(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '');
    const h = Buffer.alloc(512);
    h.write(e.path, 0, 100, 'utf8');
    octal(h, 100, 8, e.mode ?? 0o644);
    octal(h, 108, 8, 0);
    octal(h, 116, 8, 0);
    octal(h, 124, 12, data.length);
    octal(h, 136, 12, e.mtime ?? 1153704088);
    h.fill(0x20, 148, 156);
    h.write(e.type ?? '0', 156, 1, 'latin1');
    if (e.linkname) h.write(e.linkname, 157, 100, 'utf8');
    h.write('ustar\u000000', 257, 8, 'latin1');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
    parts.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

const crate = (entries: RawEntry[]): Buffer => zlib.gzipSync(rawTar(entries));

// ---- trees ----

interface Node {
  rel: string;
  kind: 'file' | 'dir' | 'symlink';
  mode: number;
  data?: string;
  target?: string;
  mtime?: number;
}

/** Everything under `root`, recursively, by what a build would observe (timestamps only for files). */
function snapshot(root: string, withMtime = true): Node[] {
  const out: Node[] = [];
  const walk = (rel: string): void => {
    for (const name of fs.readdirSync(path.join(root, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const abs = path.join(root, r);
      const st = fs.lstatSync(abs);
      const mode = st.mode & 0o777;
      if (st.isSymbolicLink()) out.push({ rel: r, kind: 'symlink', mode: 0, target: fs.readlinkSync(abs) });
      else if (st.isDirectory()) {
        out.push({ rel: r, kind: 'dir', mode });
        walk(r);
      } else {
        // `.cargo-ok` is stamped when written, not from the archive.
        const mtime = withMtime && r !== '.cargo-ok' ? Math.floor(st.mtimeMs / 1000) : undefined;
        out.push({ rel: r, kind: 'file', mode, data: fs.readFileSync(abs).toString('base64'), mtime });
      }
    }
  };
  walk('');
  return out;
}

const listing = (root: string): string[] => snapshot(root, false).map((n) => `${n.kind} ${n.rel}`);

// ---- a scratch "CARGO_HOME" per test ----

let root: string;
let srcParent: string;
let srcDir: string;
let crateFile: string;

beforeEach(() => {
  root = tempDir('unpack-test-');
  srcParent = path.join(root, 'registry', 'src', 'example.com-0123456789abcdef');
  fs.mkdirSync(srcParent, { recursive: true });
  srcDir = path.join(srcParent, 'foo-1.0.0');
  crateFile = path.join(root, 'foo-1.0.0.crate');
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const unpack = (archive: Buffer, limitBytes?: number) => {
  fs.writeFileSync(crateFile, archive);
  return unpackCrate({ crateFile, srcDir, name: 'foo', version: '1.0.0', limitBytes });
};

const LIB: RawEntry = { path: 'foo-1.0.0/src/lib.rs', data: 'pub fn f() {}\n' };
const MANIFEST: RawEntry = { path: 'foo-1.0.0/Cargo.toml', data: '[package]\nname = "foo"\nversion = "1.0.0"\n' };

async function refused(entries: RawEntry[] | Buffer, pattern: RegExp, limitBytes?: number): Promise<CargoError> {
  const before = listing(root);
  const archive = Buffer.isBuffer(entries) ? entries : crate(entries);
  let err: unknown;
  try {
    await unpack(archive, limitBytes);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(CargoError);
  const e = err as CargoError;
  expect(e.message).toMatch(/`foo v1\.0\.0`/);
  expect(e.message).toMatch(pattern);
  expect(e.oneLine()).not.toMatch(/\n/);
  expect(e.location?.file).toBe(crateFile);
  // Nothing was left behind: not the package, not a temp dir, nothing outside.
  const expected = new Set([...before, 'file foo-1.0.0.crate']);
  expect(listing(root).sort()).toEqual([...expected].sort());
  expect(fs.existsSync(srcDir)).toBe(false);
  return e;
}

describe('unpackCrate on crafted archives', () => {
  test('unpacks files with their modes and mtimes, then writes .cargo-ok', async () => {
    const res = await unpack(
      crate([
        MANIFEST,
        LIB,
        { path: 'foo-1.0.0/build.sh', data: '#!/bin/sh\n', mode: 0o755, mtime: 1_600_000_000 },
      ]),
    );
    expect(res).toEqual({ files: 3, bytes: MANIFEST.data!.length + LIB.data!.length + '#!/bin/sh\n'.length });
    const umask = process.umask();
    const tree = snapshot(srcDir);
    expect(tree.map((n) => `${n.kind} ${n.rel} ${n.mode.toString(8)}`)).toEqual([
      `file .cargo-ok ${(0o666 & ~umask).toString(8)}`,
      `file Cargo.toml ${(0o644 & ~umask).toString(8)}`,
      `file build.sh ${(0o755 & ~umask).toString(8)}`,
      `dir src ${(0o777 & ~umask).toString(8)}`,
      `file src/lib.rs ${(0o644 & ~umask).toString(8)}`,
    ]);
    expect(fs.readFileSync(path.join(srcDir, '.cargo-ok'), 'utf8')).toBe(CARGO_OK_CONTENTS);
    expect(tree.find((n) => n.rel === 'build.sh')!.mtime).toBe(1_600_000_000);
    expect(tree.find((n) => n.rel === 'src/lib.rs')!.mtime).toBe(1153704088);
    expect(fs.readFileSync(path.join(srcDir, 'src/lib.rs'), 'utf8')).toBe(LIB.data);
    // The temp dir was renamed, not copied: the parent holds the package only.
    expect(fs.readdirSync(srcParent)).toEqual(['foo-1.0.0']);
  });

  test('a valid .cargo-ok means the package is left alone', async () => {
    await unpack(crate([LIB]));
    fs.writeFileSync(path.join(srcDir, 'marker'), 'x');
    expect(await unpack(crate([MANIFEST]))).toEqual({ files: 0, bytes: 0 });
    expect(fs.existsSync(path.join(srcDir, 'marker'))).toBe(true);
    expect(fs.existsSync(path.join(srcDir, 'Cargo.toml'))).toBe(false);
  });

  test.each([
    ['empty', ''],
    ['the pre-1.71 format', 'ok'],
    ['another version', '{"v":2}'],
  ])('a .cargo-ok that is %s means a half-done unpack, which is replaced', async (_what, contents) => {
    fs.mkdirSync(srcDir);
    fs.writeFileSync(path.join(srcDir, 'stale'), 'x');
    fs.writeFileSync(path.join(srcDir, '.cargo-ok'), contents);
    expect(isUnpacked(srcDir)).toBe(false);
    expect((await unpack(crate([LIB]))).files).toBe(1);
    expect(listing(srcDir)).toEqual(['file .cargo-ok', 'dir src', 'file src/lib.rs']);
    expect(isUnpacked(srcDir)).toBe(true);
  });

  test('explicit directory entries get their mode and mtime', async () => {
    await unpack(crate([{ path: 'foo-1.0.0/', type: '5', mode: 0o755 }, { path: 'foo-1.0.0/d/', type: '5', mode: 0o750, mtime: 1_500_000_000 }, { path: 'foo-1.0.0/d/x', data: 'x' }]));
    const st = fs.statSync(path.join(srcDir, 'd'));
    expect(st.mode & 0o777).toBe(0o750 & ~process.umask());
    expect(Math.floor(st.mtimeMs / 1000)).toBe(1_500_000_000);
  });

  test('a symlink and a hardlink inside the package are kept', async () => {
    await unpack(
      crate([
        LIB,
        { path: 'foo-1.0.0/src/alias.rs', type: '2', linkname: 'lib.rs' },
        { path: 'foo-1.0.0/docs/up', type: '2', linkname: '../src' },
        { path: 'foo-1.0.0/copy.rs', type: '1', linkname: 'foo-1.0.0/src/lib.rs' },
      ]),
    );
    expect(fs.readlinkSync(path.join(srcDir, 'src/alias.rs'))).toBe('lib.rs');
    expect(fs.readFileSync(path.join(srcDir, 'docs/up/lib.rs'), 'utf8')).toBe(LIB.data);
    expect(fs.statSync(path.join(srcDir, 'copy.rs')).ino).toBe(fs.statSync(path.join(srcDir, 'src/lib.rs')).ino);
  });

  test('a nested .cargo-ok is skipped, as cargo does', async () => {
    await unpack(crate([LIB, { path: 'foo-1.0.0/src/.cargo-ok', data: 'nope' }]));
    expect(listing(srcDir)).toEqual(['file .cargo-ok', 'dir src', 'file src/lib.rs']);
  });

  test('refuses a `..` component', () => refused([LIB, { path: 'foo-1.0.0/../evil.rs', data: 'x' }], /`foo-1\.0\.0\/\.\.\/evil\.rs` has a `\.\.` component/));

  test('refuses `..` deeper in the path', () => refused([{ path: 'foo-1.0.0/src/../../../evil', data: 'x' }], /has a `\.\.` component/));

  test('refuses an absolute path', async () => {
    const abs = path.join(root, 'abs-evil');
    await refused([LIB, { path: abs, data: 'x' }], /is an absolute path/);
    expect(fs.existsSync(abs)).toBe(false);
  });

  test('refuses an entry outside the package prefix', () => refused([LIB, { path: 'bar-1.0.0/src/lib.rs', data: 'x' }], /`bar-1\.0\.0\/src\/lib\.rs` is not under `foo-1\.0\.0\/`/));

  test('the prefix is a whole path component, not a string prefix', () => refused([{ path: 'foo-1.0.0.evil/x', data: 'x' }], /is not under `foo-1\.0\.0\/`/));

  test('refuses `./` in front of the prefix, as cargo does', () => refused([{ path: './foo-1.0.0/x', data: 'x' }], /starts with `\.\/`/));

  test('refuses a symlink to /etc', () => refused([LIB, { path: 'foo-1.0.0/etc', type: '2', linkname: '/etc' }], /symlink `foo-1\.0\.0\/etc` points to `\/etc`, outside the package/));

  test('refuses a relative symlink climbing out of the package', () =>
    refused([LIB, { path: 'foo-1.0.0/src/up', type: '2', linkname: '../../bar-1.0.0' }], /points to `\.\.\/\.\.\/bar-1\.0\.0`, outside the package/));

  test('refuses a symlink that escapes through another symlink', () =>
    refused(
      [LIB, { path: 'foo-1.0.0/here', type: '2', linkname: '.' }, { path: 'foo-1.0.0/sneaky', type: '2', linkname: 'here/..' }],
      /`foo-1\.0\.0\/sneaky` points to `here\/\.\.`, through another symlink/,
    ));

  test('refuses an entry written through a symlink', () =>
    refused([LIB, { path: 'foo-1.0.0/l', type: '2', linkname: 'src' }, { path: 'foo-1.0.0/l/x.rs', data: 'x' }], /`foo-1\.0\.0\/l\/x\.rs` would go inside `l`, which is a symlink/));

  test('refuses a hardlink outside the package', () => refused([LIB, { path: 'foo-1.0.0/passwd', type: '1', linkname: '/etc/passwd' }], /hardlink .* is an absolute path/));

  test('refuses a hardlink to another package', () =>
    refused([LIB, { path: 'foo-1.0.0/x', type: '1', linkname: 'bar-1.0.0/src/lib.rs' }], /hardlink `foo-1\.0\.0\/x` points to `bar-1\.0\.0\/src\/lib\.rs`, which is not a file unpacked earlier/));

  test('refuses a hardlink to a file that comes later', () =>
    refused([{ path: 'foo-1.0.0/x', type: '1', linkname: 'foo-1.0.0/src/lib.rs' }, LIB], /which is not a file unpacked earlier/));

  test('refuses a character device', () => refused([LIB, { path: 'foo-1.0.0/tty', type: '3' }], /`foo-1\.0\.0\/tty` is a CharacterDevice/));

  test('refuses a FIFO', () => refused([LIB, { path: 'foo-1.0.0/pipe', type: '6' }], /`foo-1\.0\.0\/pipe` is a FIFO/));

  test('refuses .cargo-ok at the package root', () => refused([LIB, { path: 'foo-1.0.0/.cargo-ok', data: '{"v":1}' }], /`foo-1\.0\.0\/\.cargo-ok` would overwrite cargo's `\.cargo-ok`/));

  test('refuses a duplicate entry', () => refused([LIB, MANIFEST, { ...LIB, data: 'evil' }], /`foo-1\.0\.0\/src\/lib\.rs` appears twice/));

  test('refuses a file then a directory at the same path', () =>
    refused([{ path: 'foo-1.0.0/a', data: 'x' }, { path: 'foo-1.0.0/a/', type: '5' }], /`foo-1\.0\.0\/a\/` is a dir but the archive already has a file there/));

  test('refuses a file then entries beneath it', () =>
    refused([{ path: 'foo-1.0.0/a', data: 'x' }, { path: 'foo-1.0.0/a/b', data: 'y' }], /`foo-1\.0\.0\/a\/b` would go inside `a`, which is a file/));

  test('refuses a directory then a file at the same path', () =>
    refused([{ path: 'foo-1.0.0/src/lib.rs', data: 'x' }, { path: 'foo-1.0.0/src', data: 'y' }], /`foo-1\.0\.0\/src` is a file but the archive already has a dir there/));

  test('refuses files adding up past the limit, naming the entry that crosses it', () =>
    refused(
      [{ path: 'foo-1.0.0/a', data: Buffer.alloc(6000) }, { path: 'foo-1.0.0/b', data: Buffer.alloc(6000) }],
      /`foo-1\.0\.0\/b` takes the unpacked size past the limit of 10000 bytes/,
      10_000,
    ));

  test('refuses an archive that inflates past the limit even with tiny files (a gzip bomb of padding)', () => {
    const tar = Buffer.concat([rawTar([LIB]), Buffer.alloc(4 << 20)]);
    return refused(zlib.gzipSync(tar), /the archive inflates past the limit of 1048576 bytes/, 1 << 20);
  });

  test('refuses an archive compressed twice', () => refused(zlib.gzipSync(crate([LIB])), /compressed twice/));

  test('refuses a file that is not gzip', () => refused(Buffer.from('this is not a crate at all, just text'), /not valid gzip/));

  test('refuses a truncated archive', () => {
    const tar = rawTar([{ path: 'foo-1.0.0/big', data: Buffer.alloc(5000, 1) }]);
    return refused(zlib.gzipSync(tar.subarray(0, 2048)), /malformed|truncated/i);
  });

  test('a missing .crate file is a one-line io error', async () => {
    await expect(unpackCrate({ crateFile, srcDir, name: 'foo', version: '1.0.0' })).rejects.toThrow(/foo-1\.0\.0\.crate does not exist/);
    expect(listing(root)).toEqual(['dir registry', 'dir registry/src', 'dir registry/src/example.com-0123456789abcdef']);
  });

  test('srcDir must be named after the package', async () => {
    fs.writeFileSync(crateFile, crate([LIB]));
    await expect(unpackCrate({ crateFile, srcDir: path.join(srcParent, 'bar-1.0.0'), name: 'foo', version: '1.0.0' })).rejects.toThrow(
      /expected an absolute path ending in foo-1\.0\.0/,
    );
  });
});

// ---- against real cargo ----

const cargo = CARGO;
const describeCargo = describeWithCargo;

describeCargo('unpackCrate against cargo fetch', () => {
  let scratch: string;
  let registryRoot: string;
  let cargoSrc: string;

  beforeAll(async () => {
    registryRoot = await ensureFixtureRegistry();
    scratch = tempDir('unpack-vs-cargo-');
    const ws = path.join(scratch, 'ws');
    fs.cpSync(path.join(REPO_ROOT, 'examples'), ws, { recursive: true, filter: (s) => path.basename(s) !== 'target' });
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.dirname(cargo!)}${path.delimiter}${process.env.PATH}` };
    for (const k of Object.keys(env)) if (k.startsWith('CARGO_')) delete env[k];
    env.CARGO_HOME = path.join(scratch, 'cargo-home');
    env.CARGO_TERM_COLOR = 'never';
    // `cargo fetch` unpacks too (RegistrySource::finish_download). Async: the server lives in this process.
    const reg = await startRegistryWhenFree({ root: registryRoot, port: FIXTURE_PORT }, 300_000);
    try {
      await promisify(execFile)(cargo!, ['fetch', '--locked'], { cwd: ws, env, maxBuffer: 64 << 20 });
    } finally {
      await reg.close();
    }
    cargoSrc = path.join(env.CARGO_HOME, 'registry', 'src', FIXTURE_CACHE_DIR_NAME);
  }, 400_000);

  afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  test('every package cargo unpacked comes out identical (contents, modes, file mtimes, .cargo-ok)', async () => {
    const packages = fs.readdirSync(cargoSrc).sort();
    expect(packages.length).toBeGreaterThan(5);
    const ours = path.join(scratch, 'ours', FIXTURE_CACHE_DIR_NAME);
    let executables = 0;
    for (const dir of packages) {
      const [, name, version] = /^(.*)-(\d+\.\d+\.\d+.*)$/.exec(dir)!;
      const mine = path.join(ours, dir);
      const res = await unpackCrate({ crateFile: crateFilePath(registryRoot, name, version), srcDir: mine, name, version });
      const theirs = snapshot(path.join(cargoSrc, dir));
      expect({ dir, tree: snapshot(mine) }).toEqual({ dir, tree: theirs });
      expect(res.files).toBe(theirs.filter((n) => n.kind === 'file' && n.rel !== '.cargo-ok').length);
      executables += theirs.filter((n) => n.kind === 'file' && (n.mode & 0o100) !== 0).length;
    }
    // The fixture must exercise the executable bit, or the mode comparison proves little.
    expect(executables).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(cargoSrc, packages[0], '.cargo-ok'), 'utf8')).toBe(CARGO_OK_CONTENTS);
  });
});
