import * as core from '@actions/core';
import { crashGuard } from './action/crash_guard.js';
import { gcCargoHome } from './cargo/core/gc.js';
import { cacheKey } from './cargo/ops/cache_key.js';
import { isCargoError } from './cargo/util/errors.js';
import { cachedBytes } from './action/cache_paths.js';
import { abandoned, save, type SaveOutcome } from './action/cache_service.js';
import { planAll } from './action/plan_all.js';
import { loadMainState, Timings } from './action/state.js';
import { writeSummary } from './action/summary.js';

/** Post step: prune CARGO_HOME to the plan and save it. It never fails the job. */
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
  let pruned = { removed: [] as string[], bytes: 0 };
  let archiveBytes = 0;
  if (!why && s.hit === 'exact') why = 'exact hit, nothing new';
  if (!why && !s.saveIf) why = 'save-if is false';
  if (!why) {
    const { plans } = await t.time('plan', () => planAll(s.workspaces));
    const now = cacheKey(plans, s.os, s.keyPrefix);
    if (now.key !== s.key) {
      why = 'Cargo.lock changed during the job';
    } else {
      pruned = await t.time('prune', () => gcCargoHome(s.cargoHome, plans));
      core.debug(`pruned:\n${pruned.removed.join('\n')}`);
      archiveBytes = cachedBytes(s.cargoHome, plans, s.cacheBin);
      saved = await t.time('save', () => core.group('Save', () => save(s.paths, s.key, archiveBytes)));
    }
  }
  if (why) core.info(`Not saving the cache: ${why}.`);
  await writeSummary(s, { pruned: pruned.removed.length, prunedBytes: pruned.bytes, saved, why, archiveBytes, timings: t.ms });
}

post()
  .catch((e) => core.warning(`crate-cache post step: ${isCargoError(e) ? e.oneLine() : (e as Error).message}`))
  // A cache call that timed out still holds a socket: do not wait for it.
  .finally(() => abandoned() && process.exit(process.exitCode ?? 0));
