import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { startCacheService, type CacheService } from '../../test-support/cache-service/index.js';
import { ensureFixtureRegistry, FIXTURE_REGISTRY_URL, startRegistryWhenFree, type RunningRegistry } from '../../test-support/registry/index.js';
import { createGitRepo, writeTree } from '../differential/workspace_fixture.js';
import { CARGO_BIN, examples, freshCargoHome, describeWithCargo, job, plannedFiles, relativeMembers, summaryRow, wipe } from './scenario.js';
import { tempDir } from '../../test-support/tmp.js';

jest.setTimeout(600_000);
const execFileAsync = promisify(execFile);
const d = describeWithCargo;
const cargoConfig = `[source.crates-io]\nreplace-with = "local"\n\n[source.local]\nregistry = "${FIXTURE_REGISTRY_URL}"\n`;

/** Locks a workspace with real cargo (async: the registry answers from this process). */
async function lock(dir: string): Promise<void> {
  const home = freshCargoHome();
  await execFileAsync('cargo', ['generate-lockfile'], {
    cwd: dir,
    env: { ...process.env, CARGO_HOME: home, CARGO_NET_GIT_FETCH_WITH_CLI: 'true', PATH: `${CARGO_BIN}:${process.env.PATH}` },
  });
  fs.rmSync(home, { recursive: true, force: true });
}

d('git dependencies and several workspaces', () => {
  let service: CacheService;
  let registry: RunningRegistry | undefined;

  beforeAll(async () => {
    registry = await startRegistryWhenFree({ root: await ensureFixtureRegistry() });
    service = await startCacheService();
  });
  afterAll(async () => {
    await registry?.close();
    await service?.close();
  });

  test('git/db is saved and restored, and the build works offline from it', async () => {
    const root = tempDir('cc-e2e-git-');
    const git = createGitRepo(path.join(root, 'remote'));
    const ws = path.join(root, 'gitws');
    writeTree(ws, {
      '.cargo/config.toml': cargoConfig,
      'Cargo.toml': `[package]\nname = "gitws"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ngitdep = { git = "${git.url}", branch = "main" }\ncfg-if = "1"\n`,
      'src/main.rs': 'fn main() { println!("{}", gitdep::answer()); }\n',
    });
    await lock(ws);
    const home = freshCargoHome();
    const env = { CARGO_NET_GIT_FETCH_WITH_CLI: 'true' };
    const inputs = { 'key-prefix': 'git', run: 'cargo build --locked' };

    const cold = await job({ cwd: ws, cargoHome: home, service, inputs, env });
    expect(cold.main.code).toBe(0);
    expect(cold.post.code).toBe(0);
    const members = relativeMembers(await service.listArchive(cold.main.outputs['cache-key']), home);
    const db = members.filter((m) => m.startsWith('git/db/'));
    expect(db.length).toBeGreaterThan(0);
    expect(new Set(db.map((m) => m.split('/')[2])).size).toBe(1);
    expect(members.some((m) => m.startsWith('git/checkouts/'))).toBe(false);

    // A new runner with the git remote and the registry gone: only the cache can help.
    fs.renameSync(path.join(root, 'remote'), path.join(root, 'remote-gone'));
    await registry?.close();
    registry = undefined;
    const warm = await job({ cwd: ws, cargoHome: wipe(home), service, inputs: { ...inputs, run: 'cargo build --locked --offline' }, env });
    expect(warm.main.code).toBe(0);
    expect(warm.main.outputs['cache-hit']).toBe('true');
    expect(warm.main.outputs.missing).toBe('0');
    registry = await startRegistryWhenFree({ root: await ensureFixtureRegistry() });
  });

  test('two workspaces share one key and one archive with both sets of crates', async () => {
    const parent = path.dirname(examples());
    const ex = path.join(parent, 'examples');
    const tools = path.join(parent, 'tools');
    writeTree(tools, {
      '.cargo/config.toml': cargoConfig,
      'Cargo.toml': '[package]\nname = "tools"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde_json = "1"\n',
      'src/main.rs': 'fn main() { println!("{}", serde_json::json!([1, 2])); }\n',
    });
    await lock(tools);
    const home = freshCargoHome();
    const r = await job({ cwd: parent, cargoHome: home, service, inputs: { 'key-prefix': 'multi', workspaces: 'examples\ntools' } });
    expect(r.main.code).toBe(0);
    expect(r.post.code).toBe(0);
    expect(summaryRow(r.post.summary, 'save')).toBe('saved');
    expect(service.entries().filter((e) => e.key.startsWith('multi-'))).toHaveLength(1);
    const members = relativeMembers(await service.listArchive(r.main.outputs['cache-key']), home);
    const expected = [...new Set([...plannedFiles(ex, home), ...plannedFiles(tools, home)])].sort();
    expect(members).toEqual(expected);
    expect(members.some((m) => m.endsWith('/serde_json-1.0.87.crate'))).toBe(true);
    expect(members.some((m) => m.endsWith('/tokio-1.24.2.crate'))).toBe(true);
  });
});
