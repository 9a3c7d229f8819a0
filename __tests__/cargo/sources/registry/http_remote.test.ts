import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseToml } from 'smol-toml';
import {
  HttpRegistry,
  responseIndexVersion,
  revalidationHeaders,
  summariesCache,
} from '../../../../src/cargo/sources/registry/http_remote.js';
import { decodeIndexCache } from '../../../../src/cargo/sources/registry/index_cache.js';
import { parseRegistryConfig, type RegistryConfig } from '../../../../src/cargo/sources/registry/remote_config.js';
import { CargoError } from '../../../../src/cargo/util/errors.js';
import { CARGO_BIN, describeWithCargo } from '../../../../test-support/cargo.js';
import { HttpClient } from '../../../../src/cargo/util/network/http.js';
import {
  ensureFixtureRegistry,
  FIXTURE_CACHE_DIR_NAME,
  FIXTURE_REGISTRY_URL,
  indexPath,
  REPO_ROOT,
  startPrivateFixture,
  startRegistry,
  type RunningRegistry,
} from '../../../../test-support/registry/index.js';
import { filesUnder, rejection, removeTempDirs, tempDir } from '../../../helpers.js';
import { keptDir } from '../../../../test-support/tmp.js';

const run = promisify(execFile);
const DIR = FIXTURE_CACHE_DIR_NAME;
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

interface LockedPackage {
  name: string;
  version: string;
  checksum: string;
}

/** The registry packages examples/Cargo.lock pins. */
function lockedPackages(): LockedPackage[] {
  const lock = parseToml(fs.readFileSync(path.join(REPO_ROOT, 'examples', 'Cargo.lock'), 'utf8')) as {
    package: { name: string; version: string; source?: string; checksum?: string }[];
  };
  return lock.package
    .filter((p) => p.source?.startsWith('registry+') && p.checksum)
    .map((p) => ({ name: p.name, version: p.version, checksum: p.checksum! }));
}


describe('index cache content', () => {
  const line = (name: string, vers: string): string => JSON.stringify({ name, vers, deps: [], cksum: '00', features: {}, yanked: false });

  test('one entry per parsable line, in order; a last line without newline counts', () => {
    const raw = Buffer.from(`${line('a', '1.0.0')}\n${line('a', '1.1.0-rc.1+b')}\n${line('a', '2.0.0')}`);
    const f = summariesCache(raw, 'etag: "x"');
    expect(f.indexVersion).toBe('etag: "x"');
    expect(f.entries).toEqual([
      { version: '1.0.0', line: line('a', '1.0.0') },
      { version: '1.1.0-rc.1+b', line: line('a', '1.1.0-rc.1+b') },
      { version: '2.0.0', line: line('a', '2.0.0') },
    ]);
  });

  test('empty lines, bad JSON and versions cargo cannot parse are left out', () => {
    const bad = ['', 'not json', '[1]', '{"name":"a"}', line('a', 'v1.0.0'), line('a', '01.0.0'), line('a', '1.0'), '\uFEFF' + line('a', '3.0.0')];
    const raw = Buffer.from([line('a', '1.0.0'), ...bad, line('a', '2.0.0'), ''].join('\n'));
    expect(summariesCache(raw, 'Unknown').entries.map((e) => e.version)).toEqual(['1.0.0', '2.0.0']);
  });

  test('a line with a usable name and version but odd fields stays, byte for byte', () => {
    const odd = '{"name":"a","vers":"1.0.0","deps":5}  \r';
    expect(summariesCache(Buffer.from(odd + '\n'), 'Unknown').entries).toEqual([{ version: '1.0.0', line: odd }]);
  });

  test('index version: ETag first, then Last-Modified, else Unknown; and back to request headers', () => {
    expect(responseIndexVersion({ etag: '"e1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' })).toBe('etag: "e1"');
    expect(responseIndexVersion({ 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' })).toBe('last-modified: Mon, 01 Jan 2024 00:00:00 GMT');
    expect(responseIndexVersion({})).toBe('Unknown');
    expect(revalidationHeaders('etag: W/"e1"')).toEqual({ 'if-none-match': 'W/"e1"' });
    expect(revalidationHeaders('last-modified: Mon, 01 Jan 2024 00:00:00 GMT')).toEqual({ 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect(revalidationHeaders('Unknown')).toEqual({});
  });
});

describe('parseRegistryConfig', () => {
  test('reads dl, api and auth-required, ignoring unknown keys', () => {
    expect(parseRegistryConfig(Buffer.from('{"dl":"https://x/{crate}","api":"https://x","auth-required":true,"new":1}'), 'c.json')).toEqual({
      dl: 'https://x/{crate}',
      api: 'https://x',
      authRequired: true,
    });
    expect(parseRegistryConfig(Buffer.from('{"dl":"https://x"}'), 'c.json')).toEqual({ dl: 'https://x', api: undefined, authRequired: false });
  });

  test.each([
    ['{', /not valid JSON/],
    ['[]', /JSON object/],
    ['{"api":"https://x"}', /`dl`/],
    ['{"dl":1}', /`dl`/],
    ['{"dl":"x","api":3}', /`api`/],
    ['{"dl":"x","auth-required":"yes"}', /`auth-required`/],
  ])('%s is a CargoError naming the file', (text, msg) => {
    let e: unknown;
    try {
      parseRegistryConfig(Buffer.from(text), 'http://h/index/config.json');
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(CargoError);
    expect((e as CargoError).oneLine()).toMatch(/^http:\/\/h\/index\/config\.json: /);
    expect((e as CargoError).message).toMatch(msg);
  });
});

describe('HttpRegistry against the fixture registry', () => {
  let root: string;
  let reg: RunningRegistry;
  let config: RegistryConfig;
  const pkgs = lockedPackages();
  const pick = (name: string): LockedPackage => pkgs.find((p) => p.name === name)!;
  const http = new HttpClient({ timeoutMs: 1000, backoffMs: 10 });
  const registry = (o: { token?: string; client?: HttpClient; indexUrl?: string } = {}): HttpRegistry =>
    new HttpRegistry({ indexUrl: o.indexUrl ?? `http://127.0.0.1:${reg.port}/index/`, cargoHome: tempDir('cc-home-'), dir: DIR, token: o.token, http: o.client ?? http });
  const cacheDir = (r: HttpRegistry): string => path.join(r.cargoHome, 'registry', 'cache', DIR);
  const dlPath = (p: LockedPackage): string => `/api/v1/crates/${p.name}/${p.version}/download`;

  beforeAll(async () => {
    root = await ensureFixtureRegistry();
    reg = await startRegistry({ root, port: 0 });
    // config.json names the fixed port; these tests use their own.
    config = { dl: `http://127.0.0.1:${reg.port}/api/v1/crates`, authRequired: false };
  });
  afterAll(() => reg.close());
  afterEach(() => {
    reg.faults.clear();
    reg.requests.length = 0;
  });

  test('config() stores config.json byte for byte and parses it', async () => {
    const r = registry();
    const c = await r.config();
    const stored = fs.readFileSync(path.join(r.cargoHome, 'registry', 'index', DIR, 'config.json'));
    expect(stored.equals(fs.readFileSync(path.join(root, 'index', 'config.json')))).toBe(true);
    expect(c).toEqual(parseRegistryConfig(stored, 'x'));
    await r.config();
    expect(reg.requests.filter((q) => q.path === '/index/config.json')).toHaveLength(1);
  });

  test('updateIndexFiles writes cargo’s cache files, then revalidates them with 304s', async () => {
    const r = registry();
    const names = ['Syn', 'quote', 'proc-macro2', 'libc', 'quote'];
    await r.updateIndexFiles(names);
    for (const n of ['syn', 'quote', 'proc-macro2', 'libc']) {
      const file = path.join(r.cargoHome, 'registry', 'index', DIR, '.cache', ...indexPath(n).split('/'));
      const raw = fs.readFileSync(path.join(root, 'index', indexPath(n)));
      // One request per crate, however often and in whatever case it was named.
      expect(reg.requests.filter((q) => q.path === `/index/${indexPath(n)}`).map((q) => q.status)).toEqual([200]);
      const cache = decodeIndexCache(fs.readFileSync(file), file);
      const etag = `"${sha256(raw).slice(0, 32)}"`;
      expect(cache.indexVersion).toBe(`etag: ${etag}`);
      const lines = raw.toString('utf8').split('\n').filter((l) => l !== '');
      expect(cache.entries.map((e) => e.line)).toEqual(lines);
      expect(cache.entries.map((e) => e.version)).toEqual(lines.map((l) => (JSON.parse(l) as { vers: string }).vers));
    }
    expect(reg.requests.filter((q) => q.path.startsWith('/index/') && q.path !== '/index/config.json')).toHaveLength(4);
    const before = filesUnder(r.indexDir()).map((f) => fs.readFileSync(path.join(r.indexDir(), f)));

    reg.requests.length = 0;
    await r.updateIndexFiles(names);
    const again = reg.requests.filter((q) => q.path !== '/index/config.json');
    expect(again).toHaveLength(4);
    for (const q of again) {
      expect(q.status).toBe(304);
      expect(q.headers['if-none-match']).toMatch(/^".+"$/);
    }
    expect(filesUnder(r.indexDir()).map((f) => fs.readFileSync(path.join(r.indexDir(), f)))).toEqual(before);
  });

  test('a 404 for one crate is one clear error naming crate and URL; that crate gets no file', async () => {
    const r = registry();
    const p = `/index/${indexPath('quote')}`;
    reg.faults.set(p, 404);
    const e = await rejection(r.updateIndexFiles(['syn', 'quote', 'libc']));
    expect(e.kind).toBe('index');
    expect(e.message).toContain('`quote`');
    expect(e.message).toContain(`http://127.0.0.1:${reg.port}${p}`);
    expect(e.message).not.toMatch(/more index file/);
    const cached = filesUnder(path.join(r.indexDir(), '.cache'));
    expect(cached).toEqual([indexPath('libc'), indexPath('syn')].map((f) => f.split('/').join(path.sep)).sort());
  });

  test('a 404 drops a cache file the crate had, as cargo does', async () => {
    const r = registry();
    await r.updateIndexFiles(['quote']);
    expect(fs.existsSync(r.indexCachePath('quote'))).toBe(true);
    reg.faults.set(`/index/${indexPath('quote')}`, 404);
    await rejection(r.updateIndexFiles(['quote']));
    expect(fs.existsSync(r.indexCachePath('quote'))).toBe(false);
  });

  test('an index file that fails with 500 once is retried and written', async () => {
    const r = registry();
    reg.faults.set(`/index/${indexPath('syn')}`, '500-once');
    await r.updateIndexFiles(['syn']);
    expect(decodeIndexCache(fs.readFileSync(r.indexCachePath('syn')), 'syn').entries.length).toBeGreaterThan(0);
  });

  test('download stores a verified .crate under registry/cache/<dir>', async () => {
    const r = registry();
    const p = pick('autocfg');
    expect(r.has(p)).toBe(false);
    const got = await r.download(p, config);
    expect(got.path).toBe(path.join(cacheDir(r), `${p.name}-${p.version}.crate`));
    const bytes = fs.readFileSync(got.path);
    expect(sha256(bytes)).toBe(p.checksum);
    expect(got.bytes).toBe(bytes.length);
    expect(r.has(p)).toBe(true);
    expect(filesUnder(cacheDir(r))).toEqual([`${p.name}-${p.version}.crate`]);
  });

  test('has() does not count an empty file', () => {
    const r = registry();
    const p = pick('autocfg');
    fs.mkdirSync(cacheDir(r), { recursive: true });
    fs.writeFileSync(r.cratePath(p), '');
    expect(r.has(p)).toBe(false);
  });

  test('a 404 download is one error naming crate and URL, with no file', async () => {
    const r = registry();
    const p = pick('cfg-if');
    reg.faults.set(dlPath(p), 404);
    const e = await rejection(r.download(p, config));
    expect(e.message).toContain(`\`${p.name} v${p.version}\``);
    expect(e.message).toContain(`${config.dl}/${p.name}/${p.version}/download`);
    expect(e.message).toContain('404');
    expect(reg.requests.filter((q) => q.path === dlPath(p))).toHaveLength(1);
    expect(filesUnder(cacheDir(r))).toEqual([]);
  });

  test('a download failing with 500 once is retried and succeeds', async () => {
    const r = registry();
    const p = pick('bytes');
    reg.faults.set(dlPath(p), '500-once');
    await r.download(p, config);
    expect(reg.requests.filter((q) => q.path === dlPath(p)).map((q) => q.status)).toEqual([500, 200]);
    expect(sha256(fs.readFileSync(r.cratePath(p)))).toBe(p.checksum);
  });

  test('a flipped byte is a checksum error with both hashes, and nothing lands in registry/cache', async () => {
    const r = registry();
    const p = pick('log');
    reg.faults.set(dlPath(p), 'flip');
    const e = await rejection(r.download(p, config));
    const flipped = Buffer.from(fs.readFileSync(path.join(root, 'crates', p.name, `${p.name}-${p.version}.crate`)));
    flipped[flipped.length >> 1] ^= 0xff;
    expect(e.message).toContain(`expected ${p.checksum}`);
    expect(e.message).toContain(`got ${sha256(flipped)}`);
    expect(e.message).toContain(`\`${p.name} v${p.version}\``);
    expect(e.message).toContain(`${config.dl}/${p.name}/${p.version}/download`);
    // Not retried: a wrong checksum is not spurious.
    expect(reg.requests.filter((q) => q.path === dlPath(p))).toHaveLength(1);
    expect(filesUnder(cacheDir(r))).toEqual([]);
    expect(r.has(p)).toBe(false);
  });

  test('a truncated download is an error, and nothing is left behind', async () => {
    const r = registry();
    const p = pick('syn');
    reg.faults.set(dlPath(p), 'truncate');
    const e = await rejection(r.download(p, config));
    expect(e.message).toContain(`\`${p.name} v${p.version}\``);
    expect(e.message).toContain(dlPath(p));
    expect(filesUnder(cacheDir(r))).toEqual([]);
  });

  test('a stalled download times out within the configured timeout, nothing left behind', async () => {
    const r = registry({ client: new HttpClient({ timeoutMs: 1000, attempts: 1 }) });
    const p = pick('quote');
    reg.faults.set(dlPath(p), 'stall');
    const t0 = Date.now();
    const e = await rejection(r.download(p, config));
    expect(Date.now() - t0).toBeLessThan(2500);
    expect(e.message).toMatch(/timed out after 1000 ms/);
    expect(e.message).toContain(`\`${p.name} v${p.version}\``);
    expect(filesUnder(cacheDir(r))).toEqual([]);
  });

  test('the token is sent only when config.json says auth-required, and never shows in errors', async () => {
    const token = 'Bearer s3cr3t-token';
    const p = pick('scopeguard');
    const open = registry({ token });
    await open.config();
    await open.updateIndexFiles(['scopeguard']);
    await open.download(p, config);
    expect(reg.requests.length).toBeGreaterThanOrEqual(3);
    for (const q of reg.requests) expect(q.headers.authorization).toBeUndefined();

    // A registry whose config.json requires auth: the fixture, with another config.json.
    const authRoot = tempDir('cc-auth-registry-');
    fs.mkdirSync(path.join(authRoot, 'index'));
    fs.symlinkSync(path.join(root, 'crates'), path.join(authRoot, 'crates'));
    fs.cpSync(path.join(root, 'index', indexPath('scopeguard')), path.join(authRoot, 'index', indexPath('scopeguard')));
    const authReg = await startRegistry({ root: authRoot, port: 0 });
    try {
      const dl = `http://127.0.0.1:${authReg.port}/api/v1/crates`;
      fs.writeFileSync(path.join(authRoot, 'index', 'config.json'), JSON.stringify({ dl, 'auth-required': true }));
      const closed = new HttpRegistry({ indexUrl: `sparse+http://127.0.0.1:${authReg.port}/index`, cargoHome: tempDir('cc-home-'), dir: DIR, token, http });
      const c = await closed.config();
      expect(c.authRequired).toBe(true);
      await closed.updateIndexFiles(['scopeguard']);
      await closed.download(p, c);
      const byPath = new Map(authReg.requests.map((q) => [q.path, q.headers.authorization]));
      expect(byPath.get(`/index/${indexPath('scopeguard')}`)).toBe(token);
      expect(byPath.get(dlPath(p))).toBe(token);

      authReg.faults.set(dlPath(pick('scopeguard')), 'flip');
      fs.rmSync(closed.cratePath(p));
      const e = await rejection(closed.download(p, c));
      expect(e.message).not.toContain('s3cr3t');
    } finally {
      await authReg.close();
    }
  });
});

// Real cargo on a copy of examples/: what it writes is the reference.
describeWithCargo('HttpRegistry matches real cargo 1.95', () => {
  const TARGET_DIR = keptDir('crate-cache-http-remote-target');
  const env = (home: string): NodeJS.ProcessEnv => ({
    ...process.env,
    CARGO_HOME: home,
    CARGO_TARGET_DIR: TARGET_DIR,
    CARGO_TERM_COLOR: 'never',
    CARGO_NET_RETRY: '0',
    PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}`,
  });
  const cargo = (args: string[], cwd: string, home: string) => run('cargo', args, { cwd, env: env(home), maxBuffer: 64 << 20 });

  test(
    'index cache files are byte-identical; cargo builds offline from them and only revalidates online',
    async () => {
      // A private copy of the fixture on a port of its own, so this test never
      // waits for other suites holding the fixed one.
      const root = tempDir('cc-registry-');
      let reg = await startPrivateFixture(root);
      const port = reg.port;
      const indexUrl = `sparse+http://127.0.0.1:${port}/index/`;

      const ws = path.join(tempDir('cc-ws-'), 'examples');
      fs.cpSync(path.join(REPO_ROOT, 'examples'), ws, { recursive: true, filter: (s) => !s.split(path.sep).includes('target') });
      const config = fs.readFileSync(path.join(ws, '.cargo', 'config.toml'), 'utf8');
      fs.writeFileSync(path.join(ws, '.cargo', 'config.toml'), config.replace(FIXTURE_REGISTRY_URL, indexUrl));
      const theirs = tempDir('cc-cargo-home-');
      const ours = tempDir('cc-our-home-');
      const pkgs = lockedPackages();

      let dir: string;
      try {
        await cargo(['fetch', '--locked'], ws, theirs);
        [dir] = fs.readdirSync(path.join(theirs, 'registry', 'index'));
        const r = new HttpRegistry({ indexUrl, cargoHome: ours, dir, http: new HttpClient({ timeoutMs: 10_000 }) });
        const config = await r.config();
        await r.updateIndexFiles(pkgs.map((p) => p.name));
        await Promise.all(pkgs.map((p) => r.download(p, config)));
      } finally {
        await reg.close();
      }

      expect(fs.readdirSync(path.join(theirs, 'registry', 'index'))).toEqual([dir]);
      const theirIndex = path.join(theirs, 'registry', 'index', dir);
      const ourIndex = path.join(ours, 'registry', 'index', dir);
      const files = filesUnder(theirIndex);
      expect(files.filter((f) => f.startsWith('.cache')).length).toBe(new Set(pkgs.map((p) => p.name.toLowerCase())).size);
      expect(filesUnder(ourIndex)).toEqual(files);
      for (const f of files) {
        expect([f, fs.readFileSync(path.join(ourIndex, f)).equals(fs.readFileSync(path.join(theirIndex, f)))]).toEqual([f, true]);
      }
      const crates = filesUnder(path.join(theirs, 'registry', 'cache', dir));
      expect(crates).toHaveLength(pkgs.length);
      expect(filesUnder(path.join(ours, 'registry', 'cache', dir))).toEqual(crates);

      // Server stopped: cargo must find everything it needs in our CARGO_HOME.
      await cargo(['build', '--locked', '--offline'], ws, ours);

      // Same port, so the same registry for cargo.
      reg = await startRegistry({ root, port });
      try {
        // cargo 1.95 trusts a complete CARGO_HOME for a locked fetch: no requests at all.
        await cargo(['fetch', '--locked'], ws, ours);
        expect(reg.requests.filter((q) => q.path !== '/index/config.json')).toEqual([]);
        // Re-resolving makes it revalidate every index file it reads: 304s, nothing re-downloaded.
        await cargo(['update', '--dry-run', '--locked'], ws, ours);
        const index = reg.requests.filter((q) => q.path.startsWith('/index/') && q.path !== '/index/config.json');
        expect(reg.requests.filter((q) => q.path.endsWith('/download'))).toEqual([]);
        expect(index.length).toBeGreaterThan(0);
        expect(index.filter((q) => q.status !== 304)).toEqual([]);
        for (const q of index) expect(q.headers['if-none-match']).toMatch(/^".+"$/);
      } finally {
        await reg.close();
      }
    },
    600_000,
  );
});
