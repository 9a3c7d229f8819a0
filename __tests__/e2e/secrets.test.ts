// Secrets (docs/reliability.md, "Secrets and inputs"), through the bundled
// action with real cargo and the test cache service: credentials planted in
// CARGO_HOME never reach a saved archive (listed, and its tar bytes scanned
// for the tokens); every signed URL signature the steps print is registered
// with `::add-mask::` before it is printed; a registry token the native
// fetch uses is masked and never printed.
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { startCacheService, type CacheService } from '../../test-support/cache-service/index.js';
import { startPrivateFixture, type RunningRegistry } from '../../test-support/registry/index.js';
import type { JobResult, StepResult } from '../../test-support/runner.js';
import { CARGO_BIN, examplesUsing, freshCargoHome, describeWithCargo, job, relativeMembers, summaryRow, wipe } from './scenario.js';
import { tempDir } from '../../test-support/tmp.js';

const d = describeWithCargo;
jest.setTimeout(600_000);

const execFileAsync = promisify(execFile);
const secret = (what: string) => `cc-${what}-${randomBytes(12).toString('hex')}`;

const tmpDirs: string[] = [];
function tmpDir(prefix: string): string {
  const dir = tempDir(`cc-secrets-${prefix}-`);
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A private copy of the fixture registry on a port of its own (`authToken`: a private registry). */
async function serveFixture(authToken?: string): Promise<RunningRegistry> {
  return startPrivateFixture(tmpDir('registry'), { authToken });
}

/** The decompressed tar stream of a cache entry. */
async function tarBytes(service: CacheService, key: string): Promise<Buffer> {
  const file = path.join(tmpDir('archive'), 'cache.tzst');
  fs.writeFileSync(file, await service.readEntryBlob(key));
  // --long=30: the window @actions/cache compresses with. Async: the cache service runs in this process.
  const { stdout } = await execFileAsync('zstd', ['-d', '--long=30', '-c', file], { encoding: 'buffer', maxBuffer: 1 << 30 });
  return stdout;
}

/**
 * Checks, line by line as the runner masks, that every `sig=` value a step
 * prints was registered with `::add-mask::` on an earlier line. Returns how
 * many it saw.
 */
function expectSignaturesMasked(step: StepResult): number {
  const masked = new Set<string>();
  const unmasked: string[] = [];
  let seen = 0;
  for (const line of step.stdout.split(/\r?\n/)) {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) {
      masked.add(mask[1]);
      continue;
    }
    for (const m of line.matchAll(/[?&]sig=([^&"'\s\\]+)/g)) {
      seen++;
      if (!masked.has(m[1])) unmasked.push(m[1]);
    }
  }
  expect(unmasked).toEqual([]);
  return seen;
}

/** `value` shows nowhere in a job's output; `::add-mask::` lines are the runner's, never shown. */
function expectNeverPrinted(r: JobResult, value: string): void {
  for (const [name, step] of [['main', r.main], ['post', r.post]] as const) {
    const stdout = step.stdout
      .split(/\r?\n/)
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const [what, text] of [['stdout', stdout], ['stderr', step.stderr], ['summary', step.summary]] as const) {
      expect([name, what, text.includes(value)]).toEqual([name, what, false]);
    }
  }
}

d('secrets never reach an archive or a log', () => {
  let service: CacheService;
  let registry: RunningRegistry | undefined;

  beforeAll(async () => {
    service = await startCacheService();
  });
  afterAll(async () => {
    await registry?.close();
    await service?.close();
  });

  test('credentials.toml, credentials and a config.toml with tokens are never archived; signed URL signatures are masked before they are printed', async () => {
    registry = await serveFixture();
    const ws = examplesUsing(registry);
    const home = freshCargoHome();
    tmpDirs.push(home);
    const tokens = ['credentials-toml', 'credentials-toml-x', 'credentials', 'config', 'config-x'].map(secret);
    const planted: Record<string, string> = {
      'credentials.toml': `[registry]\ntoken = "${tokens[0]}"\n\n[registries.x]\ntoken = "${tokens[1]}"\n`,
      credentials: `[registry]\ntoken = "${tokens[2]}"\n`,
      // `x` is never used by the workspace; its index only has to be well-formed.
      'config.toml': `[registry]\ntoken = "${tokens[3]}"\n\n[registries.x]\nindex = "sparse+http://127.0.0.1:9/index/"\ntoken = "${tokens[4]}"\n`,
    };
    const stamp = new Date(Date.now() - 3_600_000);
    const mtimes = new Map<string, number>();
    for (const [name, text] of Object.entries(planted)) {
      fs.writeFileSync(path.join(home, name), text);
      fs.utimesSync(path.join(home, name), stamp, stamp);
      mtimes.set(name, fs.statSync(path.join(home, name)).mtimeMs);
    }

    const inputs = { 'key-prefix': 'secrets-archive', run: 'cargo build --locked' };
    const cold = await job({ cwd: ws, cargoHome: home, service, inputs });
    expect([cold.main.code, cold.post.code]).toEqual([0, 0]);
    expect(summaryRow(cold.post.summary, 'save')).toBe('saved');
    const key = cold.main.outputs['cache-key'];

    const members = relativeMembers(await service.listArchive(key), home);
    expect(members.length).toBeGreaterThan(20);
    expect(members.filter((m) => !m.startsWith('registry/'))).toEqual([]);
    expect(members.filter((m) => Object.keys(planted).includes(path.posix.basename(m)))).toEqual([]);
    const tar = await tarBytes(service, key);
    // The scan reads the real archive: a member's name is in it.
    expect(tar.includes(Buffer.from(members.find((m) => m.endsWith('.crate'))!))).toBe(true);
    for (const t of tokens) expect([t, tar.includes(Buffer.from(t))]).toEqual([t, false]);

    for (const [name, text] of Object.entries(planted)) {
      expect([name, fs.readFileSync(path.join(home, name), 'utf8')]).toEqual([name, text]);
      expect([name, fs.statSync(path.join(home, name)).mtimeMs]).toEqual([name, mtimes.get(name)]);
    }
    for (const t of tokens) expectNeverPrinted(cold, t);

    // The save's upload URL and the restore's download URL are both signed.
    expect(expectSignaturesMasked(cold.post)).toBeGreaterThan(0);
    expectSignaturesMasked(cold.main);
    const warm = await job({ cwd: ws, cargoHome: wipe(home), service, inputs });
    expect(warm.main.outputs['cache-hit']).toBe('true');
    expect(expectSignaturesMasked(warm.main)).toBeGreaterThan(0);
    expectSignaturesMasked(warm.post);
  });

});

d('the token of an auth-required registry', () => {
  const token = secret('registry-token');
  let service: CacheService;
  let registry: RunningRegistry;
  let r: JobResult;
  let before: number;

  beforeAll(async () => {
    service = await startCacheService();
    registry = await serveFixture(token);
    const ws = path.join(tmpDir('ws'), 'private-deps');
    fs.mkdirSync(path.join(ws, 'src'), { recursive: true });
    fs.mkdirSync(path.join(ws, '.cargo'), { recursive: true });
    fs.writeFileSync(
      path.join(ws, 'Cargo.toml'),
      '[package]\nname = "private-deps"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' +
        'cfg-if = { version = "1", registry = "private" }\nscopeguard = { version = "1", registry = "private" }\n',
    );
    fs.writeFileSync(
      path.join(ws, 'src', 'main.rs'),
      'cfg_if::cfg_if! { if #[cfg(unix)] { fn os() -> &\'static str { "unix" } } else { fn os() -> &\'static str { "other" } } }\n' +
        'fn main() { let _g = scopeguard::guard((), |_| ()); println!("{}", os()); }\n',
    );
    // Cargo only lets alternative registries be auth-required, so the
    // dependencies name one; its token comes from CARGO_REGISTRIES_PRIVATE_TOKEN.
    fs.writeFileSync(path.join(ws, '.cargo', 'config.toml'), `[registries.private]\nindex = "${registry.url}"\ncredential-provider = "cargo:token"\n`);
    const env = { CARGO_REGISTRIES_PRIVATE_TOKEN: token };
    // Lock with real cargo; async, the registry answers from this process.
    await execFileAsync('cargo', ['generate-lockfile'], {
      cwd: ws,
      env: { ...process.env, ...env, CARGO_HOME: tmpDir('lock-home'), PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}` },
    });
    expect(fs.readFileSync(path.join(ws, 'Cargo.lock'), 'utf8')).toContain(`source = "${registry.url}"`);
    before = registry.requests.length;
    const home = freshCargoHome();
    tmpDirs.push(home);
    r = await job({ cwd: ws, cargoHome: home, service, env, inputs: { 'key-prefix': 'secrets-auth', fetch: 'native', run: 'cargo build --locked' } });
  });
  afterAll(async () => {
    await registry?.close();
    await service?.close();
  });

  test('is never printed (logs, summary) nor archived, and the job succeeds', async () => {
    expect([r.main.code, r.post.code]).toEqual([0, 0]);
    expect(Number(summaryRow(r.post.summary, 'crates fetched'))).toBe(2);
    expect(summaryRow(r.post.summary, 'save')).toBe('saved');
    expectNeverPrinted(r, token);
    const archived = await tarBytes(service, r.main.outputs['cache-key']);
    expect(archived.includes(Buffer.from(token))).toBe(false);
  });

  test('is sent by fetch: native, as auth-required asks, and masked', () => {
    const native = registry.requests.slice(before).filter((q) => String(q.headers['user-agent']).startsWith('crate-cache'));
    expect(r.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([]);
    // Asked without credentials first, then with the token once challenged (as cargo does).
    expect(native.filter((q) => q.path === '/index/config.json').map((q) => [q.status, q.headers.authorization])).toEqual([
      [401, undefined],
      [200, token],
    ]);
    const downloads = native.filter((q) => q.path.endsWith('/download')).sort((a, b) => a.path.localeCompare(b.path));
    expect(downloads.map((q) => [q.path, q.status, q.headers.authorization === token])).toEqual(
      ['cfg-if', 'scopeguard'].map((name) => [expect.stringContaining(`/${name}/`), 200, true]),
    );
    expect(r.main.masks).toContain(token);
  });
});
