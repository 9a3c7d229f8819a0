import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { crashGuard } from './action/crash_guard.js';
import { cacheKey, runnerOs } from './cargo/ops/cache_key.js';
import { auditRestore, snapshotCacheRoots } from './cargo/ops/restore_audit.js';
import { verifyCrates } from './cargo/ops/verify_cache.js';
import { isCargoError } from './cargo/util/errors.js';
import { BinGuard } from './action/bin_guard.js';
import { cachePaths } from './action/cache_paths.js';
import { abandoned, restore } from './action/cache_service.js';
import { InputError, readInputs } from './action/inputs.js';
import { LockfileGate } from './action/lockfile_gate.js';
import { planAll, registryCrates } from './action/plan_all.js';
import { cargoFetch, nativeFetch, runInWorkspaces } from './action/run_step.js';
import { saveMainState, Timings, type MainState } from './action/state.js';

async function main(): Promise<void> {
  crashGuard.install();
  const t = new Timings();
  const inputs = readInputs();
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const planned = await t.time('plan', () => planAll(inputs.workspaces));
  const { projects, plans, cargoHome } = planned;
  const gate = new LockfileGate(projects, inputs.lockfile, root);
  await t.time('check', () => gate.check());
  const osName = process.env.RUNNER_OS ?? runnerOs();
  const key = cacheKey(plans, osName, inputs.keyPrefix);
  const paths = cachePaths(cargoHome, plans, inputs.cacheBin);
  const crates = registryCrates(plans);
  core.setOutput('cache-key', key.key);
  core.setOutput('crates', crates);
  core.info(`cache key ${key.key} (${crates} registry crates)`);
  core.debug(`cache paths:\n${paths.join('\n')}`);

  const state: MainState = {
    workspaces: projects.map((p) => p.dir),
    key: key.key,
    keyPrefix: inputs.keyPrefix,
    os: osName,
    hit: 'miss',
    paths,
    cargoHome,
    saveIf: inputs.saveIf,
    cacheBin: inputs.cacheBin,
    restored: 0,
    fetched: 0,
    mismatches: 0,
    lockfile: gate.freshness,
    timings: t.ms,
  };
  const finish = (skipSave?: string) => saveMainState({ ...state, lockfile: gate.freshness, skipSave, timings: t.ms });
  const settleLockfile = (): boolean => {
    core.setOutput('lockfile-fresh', gate.freshness);
    core.info(`Cargo.lock: ${gate.freshness === 'true' ? 'fresh' : gate.freshness === 'false' ? 'stale' : 'undecided'}`);
    const fail = gate.publish();
    if (fail) core.setFailed('Cargo.lock is stale: run `cargo update --workspace` (or any cargo build) and commit Cargo.lock');
    return fail;
  };

  if (gate.freshness === 'false' && settleLockfile()) {
    finish('the lockfile check failed');
    core.setOutput('cache-hit', 'false');
    return;
  }

  const guard = inputs.cacheBin ? new BinGuard(cargoHome, path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'crate-cache-bin')) : undefined;
  guard?.setAside();
  const before = snapshotCacheRoots(cargoHome, plans);
  const r = await t.time('restore', () =>
    core.group('Restore', () => restore(paths, key.key, key.restoreKeys, inputs.lookupOnly)),
  );
  guard?.putBack();
  Object.assign(state, { hit: r.hit, matchedKey: r.matchedKey });
  core.setOutput('cache-hit', String(r.hit === 'exact'));
  core.setOutput('restored-key', r.matchedKey ?? '');
  if (inputs.lookupOnly) {
    settleLockfile();
    core.info(`lookup-only: ${r.hit === 'miss' ? 'no entry' : `${r.hit} hit on ${r.matchedKey}`}`);
    finish('lookup-only');
    return;
  }

  const abs = (rel: string) => projects[0].layout.abs(rel);
  const audit = await t.time('verify', () => auditRestore(cargoHome, plans, before));
  for (const [what, list] of [
    ['symbolic link(s)', audit.symlinks],
    ['file(s) the plan does not need', audit.extra],
    ['unreadable index cache file(s)', audit.broken],
  ] as const) {
    if (list.length) core.warning(`the restored cache held ${list.length} ${what}, removed: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}`);
  }
  const restored = await t.time('verify', () => verifyCrates(plans, abs));
  await t.time('check', () => gate.recheck());
  for (const m of restored.mismatches) {
    core.warning(`${m.name} ${m.version}: the restored .crate does not match Cargo.lock (expected sha256 ${m.expected}, got ${m.actual}); deleted it and fetching it again`);
  }
  state.restored = restored.present;
  state.mismatches = restored.mismatches.length;
  const missing = restored.missing + restored.missingGit;
  core.setOutput('missing', missing);
  if (missing > 0 && inputs.fetch !== 'none') {
    await t.time('fetch', () =>
      core.group(`Fetch ${missing} missing package(s) (${inputs.fetch})`, async () => {
        if (inputs.fetch === 'native') await nativeFetch(planned, inputs.concurrency);
        else await cargoFetch(state.workspaces);
      }),
    );
    // Both fetchers check what they write against Cargo.lock: count, do not hash again.
    const after = verifyCrates(plans, abs, { hash: false });
    state.fetched = after.present - restored.present;
    gate.recheck();
    if (after.missing + after.missingGit > 0) core.warning(`${after.missing + after.missingGit} planned package(s) are still missing after the fetch`);
  }
  if (settleLockfile()) {
    finish();
    return;
  }
  finish();

  if (inputs.run) {
    const code = await t.time('run', () => runInWorkspaces(inputs.run, state.workspaces));
    finish();
    if (code !== 0) {
      core.setFailed(`\`${inputs.run}\` exited with ${code}`);
      process.exitCode = code;
    }
  }
}

main()
  .catch((e) => {
    const msg = isCargoError(e) ? e.oneLine() : e instanceof InputError ? e.message : `internal error: ${(e as Error).message}`;
    core.setFailed(msg);
  })
  // A cache call that timed out still holds a socket: do not wait for it.
  .finally(() => abandoned() && process.exit(process.exitCode ?? 0));
