import * as fs from 'node:fs';
import * as core from '@actions/core';
import { crashGuard } from './action/crash_guard.js';
import { cacheKey } from './cargo/ops/cache_key.js';
import type { CacheContents } from './cargo/ops/cache_contents.js';
import { gcCargoHome, type GcStats } from './cargo/ops/gc.js';
import { isCargoError } from './cargo/util/errors.js';
import { cachedBytes } from './action/cache_paths.js';
import { abandoned, save, type SaveOutcome } from './action/cache_service.js';
import { planAll } from './action/plan_all.js';
import { fileHash, loadContents, loadMainState, Timings, type MainState } from './action/state.js';
import { writeSummary } from './action/summary.js';

/** Post step: prune CARGO_HOME to the cache contents and save them. It never fails the job. */
async function post(): Promise<void> {
  crashGuard.install();
  const s = loadMainState();
  if (!s) {
    core.info('crate-cache: the main step did not get far enough to save anything.');
    return;
  }
  const t = new Timings();
  let saved: SaveOutcome | 'skipped' = 'skipped';
  let why = s.skipSave;
  let pruned: GcStats | undefined;
  let archiveBytes = 0;
  if (!why && s.restore === 'exact') why = 'exact hit, nothing new';
  if (!why && !s.saveIf) why = 'save-if is false';
  if (!why && Object.entries(s.lockfiles).some(([file, hash]) => fileHash(file) !== hash)) why = 'Cargo.lock changed during the job';
  if (!why) {
    // Timed apart from main's `plan`, which the summary shows under that name.
    const contents = loadContents(s.contentsFile) ?? (await t.time('replan', () => replanned(s)));
    if (contents) {
      pruned = await t.time('prune', () => gcCargoHome(s.cargoHome, contents));
      core.debug(`pruned:\n${[...pruned.derived, ...pruned.unneeded].join('\n')}`);
      archiveBytes = cachedBytes(s.cargoHome, contents, s.cacheBin);
      saved = await t.time('save', () => core.group('Save', () => save(s.paths, s.key, archiveBytes)));
    } else {
      why = 'the cache contents changed during the job';
    }
  }
  if (s.contentsFile) fs.rmSync(s.contentsFile, { force: true });
  if (why) core.info(`Not saving the cache: ${why}.`);
  await writeSummary(s, { pruned, saved, why, archiveBytes, timings: t.ms });
}

/**
 * Only when the contents file the main step saved is gone (a step emptied
 * RUNNER_TEMP) are the workspaces planned again, which costs a `cargo -V`
 * per workspace. A plan that no longer gives the main step's key means the
 * contents changed, and nothing is saved.
 */
function replanned(s: MainState): CacheContents | undefined {
  const { plans, contents } = planAll(s.workspaces, (m) => core.warning(m));
  return cacheKey(plans, s.os, s.keyPrefix).key === s.key ? contents : undefined;
}

post()
  .catch((e) => core.warning(`crate-cache post step: ${isCargoError(e) ? e.oneLine() : (e as Error).message}`))
  // A cache call that timed out still holds a socket: do not wait for it.
  .finally(() => abandoned() && process.exit(process.exitCode ?? 0));
