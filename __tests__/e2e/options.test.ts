import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { startCacheService, type CacheService } from '../../test-support/cache-service/index.js';
import { ensureFixtureRegistry, FIXTURE_REGISTRY_URL, startRegistryWhenFree, type RunningRegistry } from '../../test-support/registry/index.js';
import { writeTree } from '../differential/workspace_fixture.js';
import { CARGO_BIN, examples, freshCargoHome, describeWithCargo, job, relativeMembers, summaryRow, wipe } from './scenario.js';
import { tempDir } from '../../test-support/tmp.js';

jest.setTimeout(600_000);
const execFileAsync = promisify(execFile);
const d = describeWithCargo;
const cargoEnv = (home: string) => ({ ...process.env, CARGO_HOME: home, PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}` });

/** Every file below `dir`, relative; empty when `dir` is missing. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

function writeExecutable(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.chmodSync(file, 0o755);
}

d('action options against Azurite and real cargo', () => {
  let service: CacheService;
  let registry: RunningRegistry;
  /** The examples workspace, fetched and saved once under `opts-seed` from a CARGO_HOME that had a bin/my-tool. */
  let seed: { ws: string; home: string; key: string; members: string[] };

  beforeAll(async () => {
    registry = await startRegistryWhenFree({ root: await ensureFixtureRegistry() });
    service = await startCacheService();
    const ws = examples();
    const home = freshCargoHome();
    writeExecutable(path.join(home, 'bin', 'my-tool'), '#!/bin/sh\necho seed\n');
    fs.writeFileSync(path.join(home, '.crates.toml'), '[v1]\n');
    const r = await job({ cwd: ws, cargoHome: home, service, inputs: { 'key-prefix': 'opts-seed' } });
    if (r.main.code !== 0 || summaryRow(r.post.summary, 'save') !== 'saved') {
      throw new Error(`seed job failed:\n${r.main.stdout}\n${r.main.stderr}\n${r.post.stdout}`);
    }
    const key = r.main.outputs['cache-key'];
    seed = { ws, home, key, members: relativeMembers(await service.listArchive(key), home) };
  });
  afterAll(async () => {
    await registry?.close();
    await service?.close();
  });

  test('save-if: false restores a partial hit, fetches what is missing, and saves no entry', async () => {
    // Same registry, same prefix, another lockfile: a partial hit on the seed entry.
    const ws = path.join(tempDir('cc-e2e-saveif-'), 'small');
    writeTree(ws, {
      '.cargo/config.toml': `[source.crates-io]\nreplace-with = "local"\n\n[source.local]\nregistry = "${FIXTURE_REGISTRY_URL}"\n`,
      'Cargo.toml': '[package]\nname = "small"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ncfg-if = "1"\nscopeguard = "1"\nitoa = "1"\n',
      'src/main.rs': 'fn main() {}\n',
    });
    const lockHome = freshCargoHome();
    await execFileAsync('cargo', ['generate-lockfile'], { cwd: ws, env: cargoEnv(lockHome) });
    fs.rmSync(lockHome, { recursive: true, force: true });

    const before = service.entries().length;
    const home = wipe(seed.home);
    const r = await job({ cwd: ws, cargoHome: home, service, inputs: { 'key-prefix': 'opts-seed', 'save-if': 'false' } });
    expect(r.main.code).toBe(0);
    expect(r.main.outputs['cache-hit']).toBe('false');
    expect(r.main.outputs['restored-key']).toBe(seed.key);
    expect(summaryRow(r.post.summary, 'restore')).toBe('partial');
    const restored = Number(summaryRow(r.post.summary, 'crates restored'));
    expect(restored).toBeGreaterThanOrEqual(2);
    // itoa is not in the examples lockfile: the fetch brought it.
    expect(Number(summaryRow(r.post.summary, 'crates fetched'))).toBeGreaterThanOrEqual(1);
    expect(filesUnder(path.join(home, 'registry', 'cache')).some((f) => /\/itoa-[\d.]+\.crate$/.test(f))).toBe(true);
    expect(r.post.code).toBe(0);
    expect(summaryRow(r.post.summary, 'save')).toBe('skipped (save-if is false)');
    expect(r.post.stdout).toMatch(/Not saving the cache: save-if is false/);
    expect(service.entries()).toHaveLength(before);
    expect(service.entries().some((e) => e.key === r.main.outputs['cache-key'])).toBe(false);
  });

  test('lookup-only: true reports the hit without downloading anything, and post saves nothing', async () => {
    const before = service.entries().length;
    const home = wipe(seed.home);
    const r = await job({ cwd: examples(), cargoHome: home, service, inputs: { 'key-prefix': 'opts-seed', 'lookup-only': 'true' } });
    expect(r.main.code).toBe(0);
    expect(r.main.outputs['cache-key']).toBe(seed.key);
    expect(r.main.outputs['cache-hit']).toBe('true');
    expect(r.main.outputs['restored-key']).toBe(seed.key);
    expect(fs.readdirSync(home)).toEqual([]);
    expect(r.post.code).toBe(0);
    expect(summaryRow(r.post.summary, 'save')).toBe('skipped (lookup-only)');
    expect(service.entries()).toHaveLength(before);

    // On a miss the outputs say so, and still nothing lands in CARGO_HOME.
    const miss = await job({ cwd: examples(), cargoHome: wipe(home), service, inputs: { 'key-prefix': 'opts-nothing-here', 'lookup-only': 'true' } });
    expect(miss.main.code).toBe(0);
    expect(miss.main.outputs['cache-hit']).toBe('false');
    expect(miss.main.outputs['restored-key']).toBe('');
    expect(fs.readdirSync(home)).toEqual([]);
    expect(service.entries()).toHaveLength(before);
  });

  test('cache-bin: true restores cached binaries but never replaces one already installed; cache-bin: false archives no bin', async () => {
    // Without cache-bin, the seed's bin/my-tool and .crates.toml stayed out of the archive.
    expect(seed.members.length).toBeGreaterThan(20);
    expect(seed.members.filter((m) => m.startsWith('bin/') || m.startsWith('.crates'))).toEqual([]);

    const ws = seed.ws;
    const home = wipe(seed.home);
    const inputs = { 'key-prefix': 'opts-bin', 'cache-bin': 'true' };
    const cachedMyTool = '#!/bin/sh\necho "my-tool from the cache"\n';
    const otherTool = '#!/bin/sh\necho "other-tool from the cache"\n';
    writeExecutable(path.join(home, 'bin', 'my-tool'), cachedMyTool);
    writeExecutable(path.join(home, 'bin', 'other-tool'), otherTool);
    fs.writeFileSync(path.join(home, '.crates.toml'), '[v1]\n"other-tool 1.0.0 (registry+x)" = ["other-tool"]\n');
    const saving = await job({ cwd: ws, cargoHome: home, service, inputs });
    expect(saving.main.code).toBe(0);
    expect(summaryRow(saving.post.summary, 'save')).toBe('saved');
    const members = relativeMembers(await service.listArchive(saving.main.outputs['cache-key']), home);
    expect(members).toEqual(expect.arrayContaining(['bin/my-tool', 'bin/other-tool', '.crates.toml']));

    // A runner that already has its own my-tool.
    wipe(home);
    const original = '#!/bin/sh\n# installed on this runner\necho "the original my-tool"\n';
    writeExecutable(path.join(home, 'bin', 'my-tool'), original);
    const r = await job({ cwd: ws, cargoHome: home, service, inputs });
    expect(r.main.code).toBe(0);
    expect(r.main.outputs['cache-hit']).toBe('true');
    expect(fs.readFileSync(path.join(home, 'bin', 'my-tool'), 'utf8')).toBe(original);
    expect(fs.statSync(path.join(home, 'bin', 'my-tool')).mode & 0o777).toBe(0o755);
    expect(fs.readFileSync(path.join(home, 'bin', 'other-tool'), 'utf8')).toBe(otherTool);
    expect(fs.statSync(path.join(home, 'bin', 'other-tool')).mode & 0o111).not.toBe(0);
    const { stdout } = await execFileAsync(path.join(home, 'bin', 'my-tool'));
    expect(stdout).toBe('the original my-tool\n');
  });

  test('run is not given to a shell: metacharacters stay arguments, and the command’s exit code is the step’s', async () => {
    const ws = examples();
    const line = 'cargo metadata --format-version 1 --no-deps ; touch PWNED';
    const inputs = { 'key-prefix': 'opts-run', fetch: 'none', 'save-if': 'false' };
    // What cargo itself answers to those arguments.
    const direct = await execFileAsync('cargo', line.split(' ').slice(1), { cwd: ws, env: cargoEnv(freshCargoHome()) }).then(
      () => 0,
      (e: { code?: number }) => e.code ?? -1,
    );
    expect(direct).toBeGreaterThan(0);

    const r = await job({ cwd: ws, cargoHome: freshCargoHome(), service, inputs: { ...inputs, run: line } });
    expect(r.main.code).toBe(direct);
    expect(fs.existsSync(path.join(ws, 'PWNED'))).toBe(false);
    expect(fs.existsSync(path.join(process.cwd(), 'PWNED'))).toBe(false);
    expect(r.main.annotations.some((a) => a.level === 'error' && a.message.includes(`exited with ${direct}`))).toBe(true);
    expect(r.post.code).toBe(0);

    // Control: the same step does run commands in the workspace.
    const control = await job({ cwd: ws, cargoHome: freshCargoHome(), service, inputs: { ...inputs, run: 'touch CONTROL' } });
    expect(control.main.code).toBe(0);
    expect(fs.existsSync(path.join(ws, 'CONTROL'))).toBe(true);
  });

  test('an unknown fetch mode is refused with one error line; fetch: none leaves packages missing and fetches nothing', async () => {
    const ws = examples();
    const native = await job({ cwd: ws, cargoHome: freshCargoHome(), service, inputs: { 'key-prefix': 'opts-fetch', fetch: 'turbo' } });
    expect(native.main.code).toBe(1);
    const errors = native.main.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('fetch must be one of native, cargo, none (got `turbo`)');
    expect(errors[0].message).not.toMatch(/\n|internal error|at .*\.js:\d+/);
    expect(native.main.stderr).not.toMatch(/\n\s+at /);
    expect(native.post.code).toBe(0);

    const home = freshCargoHome();
    const none = await job({ cwd: ws, cargoHome: home, service, inputs: { 'key-prefix': 'opts-fetch', fetch: 'none', 'save-if': 'false' } });
    expect(none.main.code).toBe(0);
    expect(none.main.outputs['cache-hit']).toBe('false');
    expect(Number(none.main.outputs.missing)).toBeGreaterThan(20);
    expect(Number(none.main.outputs.missing)).toBe(Number(none.main.outputs.crates));
    expect(summaryRow(none.post.summary, 'crates fetched')).toBe('0');
    expect(none.main.stdout).not.toMatch(/Fetch \d+ missing/);
    expect(filesUnder(home).filter((f) => f.startsWith('registry') || f.startsWith('git'))).toEqual([]);
  });
});
