import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { crashGuard } from './action/crash_guard.js';
import { cacheKey, runnerOs, type CacheKey } from './cargo/ops/cache_key.js';
import type { Verdict } from './cargo/ops/freshness/report.js';
import { auditRestore, snapshotCacheRoots } from './cargo/ops/restore_audit.js';
import { verifyCrates } from './cargo/ops/verify_cache.js';
import { isCargoError } from './cargo/util/errors.js';
import { BinGuard } from './action/bin_guard.js';
import { cachePaths } from './action/cache_paths.js';
import { abandoned, restore, type RestoreResult } from './action/cache_service.js';
import { InputError, readInputs, type ActionInputs } from './action/inputs.js';
import { LockfileGate, VERDICT_OUTPUT } from './action/lockfile_gate.js';
import { planAll, type Planned } from './action/plan_all.js';
import { cargoFetch, nativeFetch, runInWorkspaces } from './action/run_step.js';
import { fileHash, saveContents, saveMainState, Timings, type MainState } from './action/state.js';

/**
 * The main step, phase by phase: plan → gate → restore → audit and verify →
 * fetch → settle → run. Each phase returns what the next needs; the state
 * for the post step is written once, when the cache work is done (before
 * `run`, so that a build that fails or is cancelled still gets its
 * dependencies saved).
 */
async function main(): Promise<void> {
  crashGuard.install();
  const t = new Timings();
  const inputs = readInputs();
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();

  const osName = process.env.RUNNER_OS ?? runnerOs();
  const planned = await t.time('plan', () => planAll(inputs.workspaces, (m) => core.warning(m)));
  const key = announceKey(planned, inputs, osName);
  const gate = new LockfileGate(planned.projects, inputs.lockfileMode, root);
  const work = await cacheWork({ inputs, planned, key, osName, gate, t });
  const fails = settle(gate);
  saveMainState({ ...work, verdict: gate.verdict, timings: t.ms });
  if (fails || work.skipSave === 'lookup-only' || !inputs.run) return;

  const code = await t.time('run', () => runInWorkspaces(inputs.run, planned.projects.map((p) => p.dir)));
  core.info(`run: ${(t.ms.run / 1000).toFixed(1)} s`);
  if (code !== 0) {
    core.setFailed(`\`${inputs.run}\` exited with ${code}`);
    process.exitCode = code;
  }
}

/** The key and what it covers, as outputs. */
function announceKey(planned: Planned, inputs: ActionInputs, osName: string): CacheKey {
  const key = cacheKey(planned.plans, osName, inputs.keyPrefix);
  // Locked registry packages across all workspaces, each counted once.
  const crates = planned.contents.crates.length;
  core.setOutput('cache-key', key.key);
  core.setOutput('crates', crates);
  core.info(`cache key ${key.key} (${crates} registry crates)`);
  return key;
}

interface WorkInputs {
  inputs: ActionInputs;
  planned: Planned;
  key: CacheKey;
  osName: string;
  gate: LockfileGate;
  t: Timings;
}

/** Gate, restore, audit and verify, fetch: everything the post step needs to know, except the verdict. */
async function cacheWork({ inputs, planned, key, osName, gate, t }: WorkInputs): Promise<Omit<MainState, 'verdict' | 'timings'>> {
  const { cargoHome, contents, projects } = planned;
  const paths = cachePaths(cargoHome, contents, inputs.cacheBin);
  core.debug(`cache paths:\n${paths.join('\n')}`);
  const runnerTemp = process.env.RUNNER_TEMP ?? os.tmpdir();
  const state: Omit<MainState, 'verdict' | 'timings'> = {
    workspaces: projects.map((p) => p.dir),
    lockfiles: Object.fromEntries(projects.map((p) => [p.ws.lockfilePath, fileHash(p.ws.lockfilePath)])),
    key: key.key,
    keyPrefix: inputs.keyPrefix,
    os: osName,
    restore: 'not run',
    paths,
    cargoHome,
    contentsFile: saveContents(contents, key.key, runnerTemp),
    saveIf: inputs.saveIf,
    cacheBin: inputs.cacheBin,
    restored: 0,
    fetched: 0,
    mismatches: 0,
  };

  // Gate: a stale lockfile under `lockfile: check` stops here, before any download.
  const first = await t.time('check', () => gate.check());
  if (first === 'stale' && gate.failsOnStale) {
    core.setOutput('cache-hit', 'false');
    return { ...state, skipSave: 'the lockfile check failed' };
  }

  const restored = await t.time('restore', () => restorePhase(planned, inputs, key, paths, runnerTemp));
  core.setOutput('cache-hit', String(restored.hit === 'exact'));
  core.setOutput('restored-key', restored.matchedKey ?? '');
  const afterRestore = { ...state, restore: restored.hit, matchedKey: restored.matchedKey };
  if (inputs.lookupOnly) {
    core.info(`lookup-only: ${restored.hit === 'miss' ? 'no entry' : `${restored.hit} hit on ${restored.matchedKey}`}`);
    return { ...afterRestore, skipSave: 'lookup-only' };
  }

  const verified = await t.time('verify', () => verifyPhase(planned, restored.before));
  const missing = verified.missing + verified.missingGit;
  core.setOutput('missing', missing);
  let fetched = 0;
  if (missing > 0 && inputs.fetch !== 'none') {
    fetched = await t.time('fetch', () => fetchPhase(planned, inputs, missing, verified.present));
  }
  return { ...afterRestore, restored: verified.present, mismatches: verified.mismatches.length, fetched };
}

/** Restores the best entry, keeping a self-hosted runner's own `bin` out of it; returns what was there before. */
async function restorePhase(planned: Planned, inputs: ActionInputs, key: CacheKey, paths: string[], runnerTemp: string) {
  const { cargoHome, contents } = planned;
  const guard = inputs.cacheBin ? new BinGuard(cargoHome, path.join(runnerTemp, 'crate-cache-bin')) : undefined;
  guard?.setAside();
  const before = snapshotCacheRoots(cargoHome, contents);
  let r: RestoreResult;
  try {
    r = await core.group('Restore', () => restore(paths, key.key, key.restoreKeys, inputs.lookupOnly));
  } finally {
    guard?.putBack();
  }
  return { ...r, before };
}

/** Removes what an entry should never carry, and every `.crate` that does not match Cargo.lock. */
function verifyPhase(planned: Planned, before: Set<string>) {
  const { cargoHome, contents } = planned;
  const audit = auditRestore(cargoHome, contents, before);
  for (const [what, list] of [
    ['symbolic link(s)', audit.symlinks],
    ['file(s) the plan does not need', audit.extra],
    ['unreadable index cache file(s)', audit.broken],
  ] as const) {
    if (list.length) core.warning(`the restored cache held ${list.length} ${what}, removed: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}`);
  }
  const inventory = verifyCrates(cargoHome, contents);
  for (const m of inventory.mismatches) {
    core.warning(`${m.name} ${m.version}: the restored .crate does not match Cargo.lock (expected sha256 ${m.expected}, got ${m.actual}); deleted it and fetching it again`);
  }
  return inventory;
}

/** Fetches what is missing; returns how many packages it brought. */
async function fetchPhase(planned: Planned, inputs: ActionInputs, missing: number, presentBefore: number): Promise<number> {
  await core.group(`Fetch ${missing} missing package(s) (${inputs.fetch})`, async () => {
    if (inputs.fetch === 'native') await nativeFetch(planned, inputs.concurrency);
    else await cargoFetch(planned.projects.map((p) => p.dir));
  });
  // Both fetchers check what they write against Cargo.lock: count, do not hash again.
  const after = verifyCrates(planned.cargoHome, planned.contents, { hash: false });
  const still = after.missing + after.missingGit;
  if (still > 0) core.warning(`${still} planned package(s) are still missing after the fetch`);
  return after.present - presentBefore;
}

/** The final verdict: output, log line and annotations. True when it fails the step. */
function settle(gate: LockfileGate): boolean {
  const verdict: Verdict = gate.recheck();
  core.setOutput('lockfile-fresh', VERDICT_OUTPUT[verdict]);
  core.info(`Cargo.lock: ${verdict}`);
  const fails = gate.publish();
  if (fails) core.setFailed('Cargo.lock is stale: run `cargo update --workspace` (or any cargo build) and commit Cargo.lock');
  return fails;
}

main()
  .catch((e) => {
    const msg = isCargoError(e) ? e.oneLine() : e instanceof InputError ? e.message : `internal error: ${(e as Error).message}`;
    core.setFailed(msg);
  })
  // A cache call that timed out still holds a socket: do not wait for it.
  .finally(() => abandoned() && process.exit(process.exitCode ?? 0));
