import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { startCacheService, type CacheService } from '../../test-support/cache-service/index.js';
import { ensureFixtureRegistry, startRegistryWhenFree, type RunningRegistry } from '../../test-support/registry/index.js';
import { CARGO_BIN, examples, freshCargoHome, describeWithCargo, job, plannedFiles, relativeMembers, summaryRow, wipe } from './scenario.js';

const d = describeWithCargo;
jest.setTimeout(600_000);

const execFileAsync = promisify(execFile);

d('action lifecycle against Azurite and real cargo', () => {
  let service: CacheService;
  let registry: RunningRegistry | undefined;
  let root: string;

  const registryUp = async () => {
    registry ??= await startRegistryWhenFree({ root });
  };
  const registryDown = async () => {
    await registry?.close();
    registry = undefined;
  };

  beforeAll(async () => {
    root = await ensureFixtureRegistry();
    service = await startCacheService();
  });
  afterAll(async () => {
    await registryDown();
    await service?.close();
  });

  test('cold run, then a warm run offline from an exact hit', async () => {
    await registryUp();
    const ws = examples();
    const home = freshCargoHome();
    fs.writeFileSync(path.join(home, 'credentials.toml'), '[registry]\ntoken = "secret-token"\n');
    const inputs = { 'key-prefix': 'cold-warm', run: 'cargo build --locked' };

    const cold = await job({ cwd: ws, cargoHome: home, service, inputs });
    expect(cold.main.code).toBe(0);
    expect(cold.main.outputs['cache-hit']).toBe('false');
    expect(Number(cold.main.outputs.missing)).toBeGreaterThan(20);
    // Undecided before the fetch (no feature tables yet), decided after it.
    expect(cold.main.outputs['lockfile-fresh']).toBe('true');
    expect(cold.post.code).toBe(0);
    expect(summaryRow(cold.post.summary, 'save')).toBe('saved');
    // The examples' planned files are about 3.2 MiB.
    expect(summaryRow(cold.post.summary, 'archive \\(uncompressed\\)')).toMatch(/^3\.\d MiB$/);
    const key = cold.main.outputs['cache-key'];
    const members = relativeMembers(await service.listArchive(key), home);
    expect(members).toEqual(plannedFiles(ws, home));
    expect(members.some((m) => m.startsWith('registry/src/') || m.startsWith('git/checkouts/') || m.includes('credentials'))).toBe(false);
    expect(fs.existsSync(path.join(home, 'credentials.toml'))).toBe(true);

    await registryDown();
    const warmHome = wipe(home);
    const warm = await job({ cwd: ws, cargoHome: warmHome, service, inputs: { 'key-prefix': 'cold-warm', run: 'cargo build --locked --offline' } });
    expect(warm.main.code).toBe(0);
    expect(warm.main.outputs['cache-hit']).toBe('true');
    expect(warm.main.outputs['restored-key']).toBe(key);
    expect(warm.main.outputs.missing).toBe('0');
    expect(warm.main.outputs['lockfile-fresh']).toBe('true');
    expect(summaryRow(warm.post.summary, 'save')).toMatch(/skipped \(exact hit/);
    expect(service.entries().filter((e) => e.key === key)).toHaveLength(1);
  });

  test('a lockfile bump restores by prefix, fetches only the new crates and saves an archive without the dropped ones', async () => {
    await registryUp();
    const ws = examples();
    const prefix = { 'key-prefix': 'bump' };
    const home = freshCargoHome();
    const first = await job({ cwd: ws, cargoHome: home, service, inputs: prefix });
    expect(first.post.code).toBe(0);

    // async-net drops tokio and bytes for serde_json; regenerate the lock.
    const manifest = path.join(ws, 'async-net', 'Cargo.toml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace(/\[dependencies\][\s\S]*$/, '[dependencies]\nserde_json = "1"\n'));
    fs.writeFileSync(path.join(ws, 'async-net', 'src', 'main.rs'), 'fn main() { println!("{}", serde_json::json!({"ok": true})); }\n');
    // Async: the registry answers from this very process.
    const bumpHome = freshCargoHome();
    await execFileAsync('cargo', ['metadata', '--format-version', '1'], { cwd: ws, env: { ...process.env, CARGO_HOME: bumpHome, PATH: `${CARGO_BIN}:${process.env.PATH}` } });
    fs.rmSync(bumpHome, { recursive: true, force: true });

    const second = await job({ cwd: ws, cargoHome: wipe(home), service, inputs: { ...prefix, run: 'cargo build --locked' } });
    expect(second.main.code).toBe(0);
    expect(second.main.outputs['cache-hit']).toBe('false');
    expect(second.main.outputs['restored-key']).toBe(first.main.outputs['cache-key']);
    expect(summaryRow(second.post.summary, 'restore')).toBe('partial');
    const fetched = Number(summaryRow(second.post.summary, 'crates fetched'));
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(10);
    const members = relativeMembers(await service.listArchive(second.main.outputs['cache-key']), home);
    expect(members).toEqual(plannedFiles(ws, home));
    expect(members.some((m) => /tokio-1\.24\.2\.crate$/.test(m))).toBe(false);
    expect(members.some((m) => /serde_json-[\d.]+\.crate$/.test(m))).toBe(true);
  });

  test('a poisoned .crate in the cache is detected, deleted and fetched again', async () => {
    await registryUp();
    const ws = examples();
    const prefix = { 'key-prefix': 'poison' };
    // Poison the entry: flip a byte in a planned .crate between main and post of the saving job.
    const home = freshCargoHome();
    const { runStep } = await import('../../test-support/runner.js');
    const env = { ...service.env, CARGO_HOME: home, PATH: `${CARGO_BIN}:${process.env.PATH}` };
    const main = await runStep('dist/main.js', { cwd: ws, inputs: prefix, env });
    expect(main.code).toBe(0);
    const crate = fs.readdirSync(path.join(home, 'registry', 'cache')).map((dir) => path.join(home, 'registry', 'cache', dir, 'cfg-if-1.0.0.crate'))[0];
    const bytes = fs.readFileSync(crate);
    bytes[bytes.length - 100] ^= 0xff;
    fs.writeFileSync(crate, bytes);
    const post = await runStep('dist/post.js', { cwd: ws, inputs: prefix, env, state: main.state });
    expect(post.code).toBe(0);
    expect(summaryRow(post.summary, 'save')).toBe('saved');

    const victim = await job({ cwd: ws, cargoHome: wipe(home), service, inputs: { ...prefix, run: 'cargo build --locked' } });
    expect(victim.main.code).toBe(0);
    expect(victim.main.outputs['cache-hit']).toBe('true');
    const warning = victim.main.annotations.find((a) => a.level === 'warning' && a.message.includes('cfg-if 1.0.0'));
    expect(warning?.message).toMatch(/expected sha256 [0-9a-f]{64}, got [0-9a-f]{64}/);
    expect(summaryRow(victim.post.summary, 'crates fetched')).toBe('1');
  });

  test('a stale lockfile fails a pull request with an annotation, and only warns with lockfile: warn', async () => {
    const ws = examples();
    const manifest = path.join(ws, 'Cargo.toml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('smallvec = "1.9"', 'smallvec = "1.13"'));
    const check = await job({ cwd: ws, cargoHome: freshCargoHome(), service, event: 'pull_request', inputs: { 'key-prefix': 'stale' } });
    expect(check.main.code).toBe(1);
    const err = check.main.annotations.find((a) => a.level === 'error' && a.title === 'Cargo.lock is stale');
    expect(err).toMatchObject({ file: 'systems/Cargo.toml' });
    expect(err!.line).toBeGreaterThan(0);
    expect(check.post.code).toBe(0);

    const warn = await job({ cwd: ws, cargoHome: freshCargoHome(), service, event: 'pull_request', inputs: { 'key-prefix': 'stale', lockfile: 'warn', fetch: 'none' } });
    expect(warn.main.code).toBe(0);
    expect(warn.main.annotations.some((a) => a.level === 'warning' && a.title === 'Cargo.lock is stale')).toBe(true);
  });

  test('a cache service that is down never fails the job', async () => {
    await registryUp();
    const ws = examples();
    const down = await job({
      cwd: ws,
      cargoHome: freshCargoHome(),
      service: { env: { ...service.env, ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' } },
      inputs: { 'key-prefix': 'down', run: 'cargo build --locked' },
    });
    expect(down.main.code).toBe(0);
    expect(down.main.outputs['cache-hit']).toBe('false');
    expect(down.main.annotations.some((a) => a.level === 'warning')).toBe(true);
    expect(down.post.code).toBe(0);

    // 500s (retried by the library, then given up), 429, hangs, 409 and broken
    // downloads are each a test of their own in __tests__/e2e/faults.test.ts.
  });
});
