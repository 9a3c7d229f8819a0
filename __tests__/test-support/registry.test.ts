import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import * as tar from 'tar';
import {
  buildCrateArchive,
  buildSyntheticRegistry,
  collectCrateFiles,
  ensureFixtureRegistry,
  FIXTURE_CACHE_DIR_NAME,
  FIXTURE_CRATES,
  fixtureKey,
  FIXTURE_REGISTRY_URL,
  generateWorkspace,
  indexPath,
  packageCrateDir,
  parseCrateManifest,
  pruneUnavailable,
  REPO_ROOT,
  startRegistry,
  SYNTHETIC_URL,
  toIndexEntry,
  withRegistry,
  withSyntheticRegistry,
  type CrateSource,
  type IndexEntry,
  type RunningRegistry,
} from '../../test-support/registry/index.js';
import { normalizeReq } from '../../test-support/registry/version_req.js';
import { DEBIAN_REGISTRY_DIR } from '../../test-support/registry/crate_source.js';
import { CargoError } from '../../src/cargo/util/errors.js';
import { CARGO, testWithCargo } from '../../test-support/cargo.js';
import { tempDir } from '../../test-support/tmp.js';

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

const tmpDirs: string[] = [];
function tmpDir(prefix: string): string {
  const dir = tempDir(`crate-cache-${prefix}-`);
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

interface TarEntry {
  path: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  size: number;
}

// Lists with node-tar, an implementation independent of the writer under test.
async function listCrate(bytes: Buffer): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const parser = new tar.Parser({
    onReadEntry: (e) => {
      entries.push({
        path: e.path,
        type: e.type,
        mode: (e.mode ?? 0) & 0o7777,
        uid: e.uid ?? -1,
        gid: e.gid ?? -1,
        mtime: e.mtime ? e.mtime.getTime() / 1000 : -1,
        size: e.size ?? -1,
      });
      e.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    parser.on('error', reject);
    parser.end(bytes);
  });
  return entries;
}

function writeTree(root: string, files: Record<string, { text: string; mode?: number }>): void {
  for (const [rel, f] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, f.text);
    fs.chmodSync(p, f.mode ?? 0o644);
  }
}

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

function readIndexFile(root: string, name: string): IndexEntry[] {
  const text = fs.readFileSync(path.join(root, 'index', indexPath(name)), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as IndexEntry);
}

function allIndexEntries(root: string): IndexEntry[] {
  const out: IndexEntry[] = [];
  const walk = (dir: string): void => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.name !== 'config.json') out.push(...readIndexFile(root, ent.name));
    }
  };
  walk(path.join(root, 'index'));
  return out;
}

const cargo = CARGO;
const cargoTest = testWithCargo;

// Async on purpose: the registry server runs in this process and must keep answering.
function runCargo(args: string[], cwd: string, cargoHome: string, extraEnv: Record<string, string> = {}): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, CARGO_HOME: cargoHome, PATH: `${path.dirname(cargo!)}:${process.env.PATH}`, ...extraEnv };
  for (const k of Object.keys(env)) if (k.startsWith('CARGO_') && !['CARGO_HOME', 'CARGO_TARGET_DIR'].includes(k)) delete env[k];
  return new Promise((resolve, reject) => {
    execFile(cargo!, args, { cwd, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`cargo ${args.join(' ')} failed:\n${stderr}`));
      else resolve(stdout);
    });
  });
}

function copyExamples(): string {
  const dir = tmpDir('examples');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), dir, { recursive: true, filter: (src) => path.basename(src) !== 'target' });
  return dir;
}

describe('crate archive', () => {
  let src: string;
  beforeAll(() => {
    src = tmpDir('src');
    writeTree(src, {
      'Cargo.toml': { text: '[package]\nname = "demo"\nversion = "0.1.0"\n' },
      'src/lib.rs': { text: 'pub fn f() {}\n', mode: 0o600 },
      'src/a/b.rs': { text: '// b\n' },
      'src/a.rs': { text: 'mod b;\n' },
      'build.sh': { text: '#!/bin/sh\n', mode: 0o775 },
      'debian/control': { text: 'Source: rust-demo\n' },
      '.cargo-checksum.json': { text: '{}' },
      '.cargo-ok': { text: '' },
      'target/debug/x': { text: 'x' },
    });
  });

  test('is byte-identical when built twice, and its gzip header carries no mtime', () => {
    const a = packageCrateDir(src, 'demo', '0.1.0');
    const b = packageCrateDir(src, 'demo', '0.1.0');
    expect(sha256(a)).toBe(sha256(b));
    expect(a.readUInt32LE(4)).toBe(0);
    // A later mtime on disk must not change the bytes.
    fs.utimesSync(path.join(src, 'src/lib.rs'), new Date(), new Date());
    expect(sha256(packageCrateDir(src, 'demo', '0.1.0'))).toBe(sha256(a));
  });

  test("holds only the crate's regular files, sorted, under <name>-<version>/, with normalised metadata", async () => {
    const entries = await listCrate(packageCrateDir(src, 'demo', '0.1.0'));
    expect(entries.map((e) => e.path)).toEqual([
      'demo-0.1.0/Cargo.toml',
      'demo-0.1.0/build.sh',
      'demo-0.1.0/src/a/b.rs',
      'demo-0.1.0/src/a.rs',
      'demo-0.1.0/src/lib.rs',
    ]);
    for (const e of entries) {
      expect(e.type).toBe('File');
      expect([e.uid, e.gid]).toEqual([0, 0]);
      expect(e.mtime).toBe(1153704088);
    }
    const mode = Object.fromEntries(entries.map((e) => [e.path.split('/').slice(1).join('/'), e.mode]));
    expect(mode['build.sh']).toBe(0o755);
    expect(mode['src/lib.rs']).toBe(0o644);
  });

  test('round-trips long paths and contents through a standard tar reader', async () => {
    const long = `src/${'nested/'.repeat(20)}deep.rs`;
    const bytes = buildCrateArchive('demo', '0.1.0', [
      { path: long, data: Buffer.from('// deep\n') },
      { path: 'Cargo.toml', data: Buffer.from('x') },
    ]);
    const entries = await listCrate(bytes);
    expect(entries.map((e) => [e.path, e.size])).toEqual([
      ['demo-0.1.0/Cargo.toml', 1],
      [`demo-0.1.0/${long}`, 8],
    ]);
    expect(zlib.gunzipSync(bytes).length % 512).toBe(0);
  });

  test('Debian sources lose debian/ and .cargo-checksum.json', () => {
    const dir = fs.readdirSync('/usr/share/cargo/registry').find((d) => /^tokio-\d/.test(d));
    expect(dir).toMatch(/^tokio-\d+\.\d+\.\d+/);
    const paths = collectCrateFiles(path.join('/usr/share/cargo/registry', dir!)).map((f) => f.path);
    expect(fs.existsSync(path.join('/usr/share/cargo/registry', dir!, 'debian'))).toBe(true);
    expect(paths).toContain('Cargo.toml');
    expect(paths.some((p) => p.startsWith('debian/') || p === '.cargo-checksum.json')).toBe(false);
  });
});

describe('index entries', () => {
  const base: CrateSource = { name: 'app', version: '1.0.0', deps: [], features: {} };
  const dep = (name: string, over: Partial<CrateSource['deps'][number]> = {}): CrateSource['deps'][number] => ({
    name, package: name, req: '1', features: [], optional: false, defaultFeatures: true, target: null, kind: 'normal', ...over,
  });

  test('sparse paths follow the 1/2/3/ab-cd layout, lowercased', () => {
    expect(['a', 'ab', 'abc', 'abcd', 'Serde_JSON'].map(indexPath)).toEqual(['1/a', '2/ab', '3/a/abc', 'ab/cd/abcd', 'se/rd/serde_json']);
  });

  test('requirements are stored the way crates.io stores them', () => {
    expect(['1.0', '0.2.42', '>= 1.2, < 2', '~1.1', '=1.2.3', '*'].map(normalizeReq)).toEqual(['^1.0', '^0.2.42', '>=1.2, <2', '~1.1', '=1.2.3', '*']);
  });

  test('renames carry `package`, and `dep:`/`?/` features move to features2 with v 2', () => {
    const src: CrateSource = {
      ...base,
      links: 'z',
      deps: [dep('io', { package: 'tokio', optional: true, req: '1.24' })],
      features: { default: ['std'], std: [], net: ['dep:io'], weak: ['io?/net'] },
    };
    const e = toIndexEntry(src, 'ab'.repeat(32));
    expect(e.deps[0]).toMatchObject({ name: 'io', package: 'tokio', req: '^1.24', optional: true, kind: 'normal', target: null });
    expect(e.features).toEqual({ default: ['std'], std: [] });
    expect(e.features2).toEqual({ net: ['dep:io'], weak: ['io?/net'] });
    expect(e.v).toBe(2);
    expect(e.links).toBe('z');
    expect(toIndexEntry({ ...base, features: { a: ['b'], b: [] } }, '00').v).toBeUndefined();
  });

  test('absent crates: dev and optional/foreign-target deps are dropped, required ones take the dependent out', () => {
    const have: CrateSource = { name: 'have', version: '1.2.0', deps: [], features: {} };
    const app: CrateSource = {
      ...base,
      deps: [
        dep('have'),
        dep('gone-dev', { kind: 'dev' }),
        dep('gone-opt', { optional: true }),
        dep('gone-win', { target: 'cfg(windows)' }),
        dep('have', { kind: 'dev', req: '9' }),
      ],
      features: { x: ['gone-opt', 'gone-opt/f', 'dep:gone-opt', 'have/f'], y: ['gone-win?/g', 'x'] },
    };
    const broken: CrateSource = { name: 'broken', version: '0.1.0', deps: [dep('gone-unix', { target: 'cfg(unix)' })], features: {} };
    const user: CrateSource = { name: 'user', version: '0.1.0', deps: [dep('broken', { req: '0.1' })], features: {} };
    const { crates, notes } = pruneUnavailable([have, app, broken, user]);
    expect(crates.map((c) => c.source.name).sort()).toEqual(['app', 'have']);
    const a = crates.find((c) => c.source.name === 'app')!;
    expect(a.deps.map((d) => `${d.name}:${d.kind}`)).toEqual(['have:normal']);
    expect(a.features).toEqual({ x: ['have/f'], y: ['x'] });
    expect(notes.join('\n')).toMatch(/broken@0\.1\.0.*gone-unix/);
    expect(notes.join('\n')).toMatch(/user@0\.1\.0.*broken/);
  });

  test('bad manifests give a one-line CargoError with a location', () => {
    expect(() => parseCrateManifest('[package\nname = 1', 'x/Cargo.toml')).toThrow(CargoError);
    try {
      parseCrateManifest('[package]\nname = "a"\nversion = "1.0.0"\n[dependencies]\nb = 3\n', 'x/Cargo.toml');
      throw new Error('expected a CargoError');
    } catch (e) {
      expect(e).toBeInstanceOf(CargoError);
      expect((e as CargoError).oneLine()).toMatch(/^x\/Cargo\.toml: dependency `b`/);
    }
  });
});

describe('fixture registry and server', () => {
  let root: string;
  let reg: RunningRegistry;
  beforeAll(async () => {
    root = await ensureFixtureRegistry();
    reg = await startRegistry({ root, port: 0 });
  }, 60_000);
  afterAll(() => reg?.close());
  const base = (): string => `http://127.0.0.1:${reg.port}`;

  test('config.json points downloads at the fixed loopback port', () => {
    const cfg = JSON.parse(fs.readFileSync(path.join(root, 'index', 'config.json'), 'utf8'));
    expect(cfg).toEqual({ dl: 'http://127.0.0.1:18931/api/v1/crates', api: 'http://127.0.0.1:18931' });
    expect(FIXTURE_REGISTRY_URL).toBe('sparse+http://127.0.0.1:18931/index/');
  });

  test('holds the crates the examples need, and every cksum is the sha256 of the served .crate', async () => {
    const entries = allIndexEntries(root);
    const names = new Set(entries.map((e) => e.name));
    for (const n of ['tokio', 'bytes', 'mio', 'parking_lot', 'smallvec', 'scopeguard', 'libc', 'cfg-if', 'syn', 'quote', 'proc-macro2', 'unicode-ident']) {
      expect(names).toContain(n);
    }
    for (const e of entries) {
      const res = await get(`${base()}/api/v1/crates/${e.name}/${e.vers}/download`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(sha256(res.body)).toBe(e.cksum);
    }
  });

  test('index lines leave out dev-dependencies the fixture lacks but keep present ones', () => {
    const [tokio] = readIndexFile(root, 'tokio');
    const devs = tokio.deps.filter((d) => d.kind === 'dev').map((d) => d.name);
    expect(devs).not.toContain('tokio-test'); // not packaged by Debian here
    expect(devs).toContain('rand');
    expect(tokio.deps.find((d) => d.name === 'bytes')).toMatchObject({ optional: true, kind: 'normal', req: '^1.0.0' });
  });

  test('answers 200 with validators, 304 when they match, 404 for unknown files', async () => {
    const url = `${base()}/index/${indexPath('syn')}`;
    const first = await get(url);
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe(fs.readFileSync(path.join(root, 'index', '3/s/syn'), 'utf8'));
    const etag = first.headers.etag!;
    const lastModified = first.headers['last-modified']!;
    expect(etag).toMatch(/^".+"$/);
    expect((await get(url, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(url, { 'if-none-match': '"other"' })).status).toBe(200);
    expect((await get(url, { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get(url, { 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(200);
    expect((await get(`${base()}/index/3/n/nop`)).status).toBe(404);
    expect((await get(`${base()}/api/v1/crates/syn/0.0.0/download`)).status).toBe(404);
    expect(reg.requests.filter((r) => r.path === '/index/3/s/syn').map((r) => r.status)).toEqual([200, 304, 200, 304, 200]);
  });

  test('fault injection overrides a path until removed', async () => {
    const p = `/index/${indexPath('quote')}`;
    reg.faults.set(p, 503);
    expect((await get(base() + p)).status).toBe(503);
    reg.faults.delete(p);
    expect((await get(base() + p)).status).toBe(200);
  });

  test('its crates are the ones test-support/ensure-debian-crates.sh installs', () => {
    const script = fs.readFileSync(path.join(REPO_ROOT, 'test-support', 'ensure-debian-crates.sh'), 'utf8');
    const listed = [...script.matchAll(/^\s+librust-[\w-]+-dev:([\w-]+)$/gm)].map((m) => m[1]);
    expect(listed).toEqual([...FIXTURE_CRATES]);
  });

  test('its key changes with the crates it is built from, not with unrelated ones installed beside them', () => {
    // A copy of the Debian registry's layout (links to its crates), then one
    // unrelated crate more, then one more version of a crate the fixture uses.
    const src = tempDir('cc-fixture-key-');
    for (const d of fs.readdirSync(DEBIAN_REGISTRY_DIR)) fs.symlinkSync(path.join(DEBIAN_REGISTRY_DIR, d), path.join(src, d));
    const before = fixtureKey(src);
    expect(before).toBe(fixtureKey(DEBIAN_REGISTRY_DIR));
    const unrelated = path.join(src, 'unrelated-tool-0.1.0');
    fs.mkdirSync(path.join(unrelated, 'src'), { recursive: true });
    fs.writeFileSync(path.join(unrelated, 'Cargo.toml'), '[package]\nname = "unrelated-tool"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\n');
    fs.writeFileSync(path.join(unrelated, 'src', 'lib.rs'), '');
    expect(fixtureKey(src)).toBe(before);
    const newer = path.join(src, 'smallvec-1.99.0');
    fs.mkdirSync(path.join(newer, 'src'), { recursive: true });
    fs.writeFileSync(path.join(newer, 'Cargo.toml'), '[package]\nname = "smallvec"\nversion = "1.99.0"\n');
    fs.writeFileSync(path.join(newer, 'src', 'lib.rs'), '');
    expect(fixtureKey(src)).not.toBe(before);
  });

  test('a second ensureFixtureRegistry reuses the built fixture', async () => {
    const stamp = path.join(root, 'index', 'config.json');
    const before = fs.statSync(stamp).mtimeMs;
    expect(await ensureFixtureRegistry()).toBe(root);
    expect(fs.statSync(stamp).mtimeMs).toBe(before);
  });
});

describe('real cargo against the fixture', () => {
  cargoTest(
    'cargo fetch --locked on examples/ fills the cache with the fixture .crate files, byte for byte',
    async () => {
      const ws = copyExamples();
      const cargoHome = tmpDir('cargo-home');
      const root = await ensureFixtureRegistry();
      await withRegistry(async (reg) => {
        expect(reg.url).toBe(FIXTURE_REGISTRY_URL);
        await runCargo(['fetch', '--locked'], ws, cargoHome);
        const meta = JSON.parse(await runCargo(['metadata', '--locked', '--format-version', '1'], ws, cargoHome));
        expect(meta.workspace_members).toHaveLength(3);
        const cacheDir = path.join(cargoHome, 'registry', 'cache', FIXTURE_CACHE_DIR_NAME);
        const cached = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.crate')).sort();
        const locked = [...fs.readFileSync(path.join(ws, 'Cargo.lock'), 'utf8').matchAll(/name = "([^"]+)"\nversion = "([^"]+)"\nsource = "registry\+/g)];
        expect(cached).toEqual(locked.map((m) => `${m[1]}-${m[2]}.crate`).sort());
        for (const f of cached) {
          const name = f.replace(/-\d+\.\d+\.\d+.*\.crate$/, '');
          const fixture = fs.readFileSync(path.join(root, 'crates', name, f));
          expect(sha256(fs.readFileSync(path.join(cacheDir, f)))).toBe(sha256(fixture));
        }
        expect(reg.requests.some((r) => r.path.endsWith('/download'))).toBe(true);
      });
    },
    120_000,
  );

  cargoTest(
    'cargo build --locked builds every example',
    async () => {
      const ws = copyExamples();
      const cargoHome = tmpDir('cargo-home');
      await withRegistry(async () => {
        await runCargo(['build', '--locked', '--quiet'], ws, cargoHome, { CARGO_TARGET_DIR: path.join(ws, 'target') });
      });
      for (const bin of ['async-net', 'systems']) expect(fs.existsSync(path.join(ws, 'target', 'debug', bin))).toBe(true);
    },
    300_000,
  );

  cargoTest(
    'the synthetic workspace locks at least 1,500 packages',
    async () => {
      const out = tmpDir('synthetic');
      const layout = buildSyntheticRegistry({ outDir: path.join(out, 'registry') });
      expect(new Set(layout.entries.map((e) => e.name)).size).toBeGreaterThanOrEqual(1500);
      expect(layout.entries.some((e) => e.v === 2)).toBe(true);
      const again = buildSyntheticRegistry({ outDir: path.join(out, 'again') });
      expect(again.entries.map((e) => e.cksum)).toEqual(layout.entries.map((e) => e.cksum));

      const ws = path.join(out, 'ws');
      expect(generateWorkspace({ dir: ws, members: 150, registryUrl: SYNTHETIC_URL }).members).toHaveLength(150);
      await withSyntheticRegistry(() => runCargo(['generate-lockfile'], ws, path.join(out, 'cargo-home')), { root: layout.root });
      const lock = fs.readFileSync(path.join(ws, 'Cargo.lock'), 'utf8');
      expect(lock.match(/^\[\[package\]\]$/gm)!.length).toBeGreaterThanOrEqual(1500);
    },
    120_000,
  );
});
