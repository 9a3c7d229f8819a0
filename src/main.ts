import * as core from '@actions/core';
import { cacheKey, runnerOs } from './cargo/ops/cache_key.js';
import { checkLockfile } from './cargo/ops/check_lockfile.js';
import { planEntries, planLayout, readResolve } from './cargo/ops/layout_plan.js';
import { loadProject } from './cargo/ops/project.js';
import { isCargoError } from './cargo/util/errors.js';
import { annotate, combinedFreshness } from './action/lockfile_gate.js';
import { readInputs } from './action/inputs.js';

/**
 * Main step. This release checks the lockfile and prints the CARGO_HOME
 * plan and key; restoring and saving the cache come with the cache lifecycle.
 */
async function main(): Promise<void> {
  const inputs = readInputs();
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const projects = inputs.workspaces.map((w) => loadProject(w));
  const resolves = projects.map((p) => readResolve(p.ws));
  const plans = projects.map((p, i) => planLayout(p.ws, p.layout, resolves[i]));

  const reports = projects.map((p, i) => checkLockfile({ ws: p.ws, layout: p.layout, registries: p.config, resolve: resolves[i] }));
  const failed = annotate(reports, inputs.lockfile, root);
  const fresh = combinedFreshness(reports);
  core.setOutput('lockfile-fresh', fresh);

  const key = cacheKey(plans, process.env.RUNNER_OS ?? runnerOs(), inputs.keyPrefix);
  core.setOutput('cache-key', key.key);
  core.setOutput('crates', plans.reduce((n, p) => n + p.packages.filter((x) => x.layout.kind === 'registry').length, 0));
  core.saveState('workspaces', JSON.stringify(inputs.workspaces));

  for (const plan of plans) {
    await core.group(`CARGO_HOME plan for ${plan.lockfile}`, async () => {
      for (const r of plan.registries) core.info(`registry ${r.dir} (${r.lockedSource}): ${r.packages} package(s)`);
      for (const e of planEntries(plan)) core.info(e);
    });
  }
  core.info(`cache key: ${key.key}`);
  core.info(`lockfile: ${fresh === 'true' ? 'fresh' : fresh === 'false' ? 'stale' : 'undecided'}`);
  if (failed) core.setFailed('Cargo.lock is stale: run `cargo update --workspace` (or `cargo check`) and commit Cargo.lock');
}

main().catch((e) => core.setFailed(isCargoError(e) ? e.oneLine() : (e as Error).message));
