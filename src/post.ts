import * as core from '@actions/core';
import { planEntries, planLayout } from './cargo/ops/layout_plan.js';
import { loadProject } from './cargo/ops/project.js';
import { isCargoError } from './cargo/util/errors.js';

/** Post step. Until the cache lifecycle lands it reports what a save would hold; it never fails the job. */
async function post(): Promise<void> {
  const workspaces: string[] = JSON.parse(core.getState('workspaces') || '["."]');
  for (const w of workspaces) {
    const project = loadProject(w);
    const plan = planLayout(project.ws, project.layout);
    core.info(`${plan.lockfile}: ${planEntries(plan).length} CARGO_HOME entries planned`);
  }
}

post().catch((e) => core.warning(isCargoError(e) ? e.oneLine() : (e as Error).message));
