// Poisoned cache entries (docs/reliability.md, "Hostile and malformed
// input"): entries crafted with @actions/cache's own saveCache, under the
// exact paths and key the action uses, then restored by the bundled action
// with real cargo. The action must remove what does not belong, warn, fetch
// what it lost, and leave CARGO_HOME holding only planned, verified files.
// (A `.crate` whose bytes differ from Cargo.lock is action_lifecycle's
// `a poisoned .crate in the cache is detected, deleted and fetched again`.)
import { jest } from '@jest/globals';
import * as cache from '@actions/cache';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cacheContents } from '../../src/cargo/ops/cache_contents.js';
import { cachePaths } from '../../src/action/cache_paths.js';
import { cacheKey } from '../../src/cargo/ops/cache_key.js';
import { planLayout, readResolve, type LayoutPlan } from '../../src/cargo/ops/layout_plan.js';
import { loadProject } from '../../src/cargo/ops/project.js';
import { startCacheService, type CacheService } from '../../test-support/cache-service/index.js';
import { startPrivateFixture, type RunningRegistry } from '../../test-support/registry/index.js';
import type { JobResult } from '../../test-support/runner.js';
import { CARGO_BIN, examplesUsing, freshCargoHome, describeWithCargo, job, relativeMembers, summaryRow, wipe } from './scenario.js';
import { tempDir } from '../../test-support/tmp.js';

const d = describeWithCargo;
jest.setTimeout(600_000);

interface Planned {
  plans: LayoutPlan[];
  dir: string;
  /** Planned `.crate` files (relative to CARGO_HOME) → sha256 from Cargo.lock. */
  crates: Map<string, string>;
  /** Planned index cache files, relative to CARGO_HOME. */
  indexFiles: Set<string>;
}

/** Every entry under `root` (relative, `/`-separated), symlinks included and never followed. */
function walk(root: string, rel = ''): { files: string[]; links: string[] } {
  const out = { files: [] as string[], links: [] as string[] };
  const abs = path.join(root, rel);
  if (!fs.existsSync(abs)) return out;
  for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isSymbolicLink()) out.links.push(r);
    else if (e.isDirectory()) {
      const sub = walk(root, r);
      out.files.push(...sub.files);
      out.links.push(...sub.links);
    } else out.files.push(r);
  }
  return out;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

d('poisoned cache entries are cleaned before the build', () => {
  let service: CacheService;
  let registry: RunningRegistry;
  let ws: string;
  let template: string;
  let planned: Planned;
  // One CARGO_HOME path throughout: an archive restores to the paths it was saved from.
  const home = freshCargoHome();
  const savedEnv = { ...process.env };

  const plan = (): Planned => {
    const project = loadProject(ws, { env: { ...process.env, CARGO_HOME: home, PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}` } });
    const plans = [planLayout(project.ws, project.layout, readResolve(project.ws))];
    const crates = new Map<string, string>();
    const indexFiles = new Set<string>();
    for (const p of plans[0].packages) {
      if (p.layout.kind !== 'registry') continue;
      crates.set(p.layout.crate, p.checksum!);
      indexFiles.add(p.layout.index);
    }
    expect(plans[0].registries).toHaveLength(1);
    return { plans, dir: plans[0].registries[0].dir, crates, indexFiles };
  };

  /**
   * Saves CARGO_HOME as it is now under `prefix`'s key, the way the post step
   * would (same path patterns, same key), from inside this process.
   */
  const craftEntry = async (prefix: string): Promise<string> => {
    const key = cacheKey(planned.plans, 'Linux', prefix).key;
    const runnerTemp = tempDir('cc-poison-runner-temp-');
    Object.assign(process.env, service.env, { GITHUB_WORKSPACE: ws, RUNNER_TEMP: runnerTemp });
    delete process.env.GITHUB_SERVER_URL;
    delete process.env.ACTIONS_CACHE_URL;
    const quiet = jest.spyOn(process.stdout, 'write').mockImplementation((() => true) as typeof process.stdout.write);
    try {
      expect(await cache.saveCache(cachePaths(home, cacheContents(planned.plans), false), key)).not.toBe(-1);
    } finally {
      quiet.mockRestore();
      process.env = { ...savedEnv };
      fs.rmSync(runnerTemp, { recursive: true, force: true });
    }
    return key;
  };

  /** A fresh runner restoring `prefix`'s entry, then `cargo build --locked`. */
  const victim = async (prefix: string, key: string): Promise<JobResult> => {
    const r = await job({ cwd: ws, cargoHome: wipe(home), service, inputs: { 'key-prefix': prefix, run: 'cargo build --locked' } });
    expect([r.main.code, r.post.code]).toEqual([0, 0]);
    expect(r.main.outputs['cache-key']).toBe(key);
    expect(r.main.outputs['cache-hit']).toBe('true');
    // An exact hit is not saved, so the post step prunes nothing: what is
    // checked below is what the main step left for the build.
    expect(summaryRow(r.post.summary, 'save')).toMatch(/skipped \(exact hit/);
    return r;
  };

  /** CARGO_HOME holds no symlink, only planned `.crate` files, each matching Cargo.lock, and only planned index cache files. */
  const expectClean = (): void => {
    const { files, links } = walk(home);
    expect(links).toEqual([]);
    const cacheDir = `registry/cache/${planned.dir}/`;
    const crates = files.filter((f) => f.startsWith('registry/cache/'));
    expect(crates.sort()).toEqual([...planned.crates.keys()].sort());
    for (const [rel, want] of planned.crates) expect([rel, sha256(path.join(home, rel))]).toEqual([rel, want]);
    expect(crates.every((f) => f.startsWith(cacheDir))).toBe(true);
    const index = files.filter((f) => f.includes('/.cache/'));
    expect(index.filter((f) => !planned.indexFiles.has(f))).toEqual([]);
  };

  const removalWarnings = (r: JobResult) => r.main.annotations.filter((a) => a.level === 'warning' && /removed:/.test(a.message)).map((a) => a.message);

  beforeAll(async () => {
    registry = await startPrivateFixture(tempDir('cc-poison-registry-'));
    ws = examplesUsing(registry);
    service = await startCacheService();
    planned = plan();

    // The honest files: a cold job fetches every planned file (its post step prunes to the plan).
    const seed = await job({ cwd: ws, cargoHome: home, service, inputs: { 'key-prefix': 'pc-seed' } });
    expect([seed.main.code, seed.post.code]).toEqual([0, 0]);
    template = tempDir('cc-poison-template-');
    fs.cpSync(home, template, { recursive: true, verbatimSymlinks: true });
    expect(walk(template).files.filter((f) => f.endsWith('.crate')).sort()).toEqual([...planned.crates.keys()].sort());
  });

  afterAll(async () => {
    process.env = savedEnv;
    await registry?.close();
    await service?.close();
    for (const dir of [home, template]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** CARGO_HOME back to the honest files. */
  const honest = (): void => {
    wipe(home);
    fs.cpSync(template, home, { recursive: true, verbatimSymlinks: true });
  };

  test('an archive carrying an extra .crate and an extra index cache file: both removed with a warning, the build succeeds', async () => {
    honest();
    const evilCrate = `registry/cache/${planned.dir}/evil-6.6.6.crate`;
    const evilIndex = `registry/index/${planned.dir}/.cache/ev/il/evil`;
    fs.writeFileSync(path.join(home, evilCrate), 'not from Cargo.lock\n');
    // A well-formed index cache file, so only "not planned" can get it removed.
    fs.mkdirSync(path.dirname(path.join(home, evilIndex)), { recursive: true });
    fs.copyFileSync(path.join(home, [...planned.indexFiles][0]), path.join(home, evilIndex));
    const key = await craftEntry('pc-extra');
    const members = relativeMembers(await service.listArchive(key), home);
    expect(members).toEqual(expect.arrayContaining([evilCrate, evilIndex]));

    const r = await victim('pc-extra', key);
    const warned = removalWarnings(r);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^the restored cache held 2 file\(s\) the plan does not need/);
    expect(warned[0]).toContain(evilCrate);
    expect(warned[0]).toContain(evilIndex);
    expect(fs.existsSync(path.join(home, evilCrate))).toBe(false);
    expect(fs.existsSync(path.join(home, evilIndex))).toBe(false);
    // Everything planned came from the archive; nothing had to be fetched.
    expect(r.main.outputs.missing).toBe('0');
    expectClean();
  });

  test('an archive with a symlink as a planned .crate: unlinked without being followed, warned, the real one fetched', async () => {
    honest();
    const outside = path.join(tempDir('cc-poison-outside-'), 'hostname');
    fs.writeFileSync(outside, 'a file outside CARGO_HOME\n');
    const past = new Date(Date.now() - 3_600_000);
    fs.utimesSync(outside, past, past);
    const before = { bytes: fs.readFileSync(outside), mtimeMs: fs.statSync(outside).mtimeMs };
    const link = `registry/cache/${planned.dir}/cfg-if-1.0.0.crate`;
    expect(planned.crates.has(link)).toBe(true);
    fs.rmSync(path.join(home, link));
    fs.symlinkSync(outside, path.join(home, link));
    const key = await craftEntry('pc-link');
    expect(relativeMembers(await service.listArchive(key), home)).toContain(link);

    const r = await victim('pc-link', key);
    const warned = removalWarnings(r);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^the restored cache held 1 symbolic link\(s\), removed: /);
    expect(warned[0]).toContain(link);
    expect(r.main.outputs.missing).toBe('1');
    expect(summaryRow(r.post.summary, 'crates fetched')).toBe('1');
    expect(fs.lstatSync(path.join(home, link)).isFile()).toBe(true);
    expectClean();
    // The target was neither written nor replaced.
    expect(fs.readFileSync(outside)).toEqual(before.bytes);
    expect(fs.statSync(outside).mtimeMs).toBe(before.mtimeMs);
    fs.rmSync(path.dirname(outside), { recursive: true, force: true });
  });
});
