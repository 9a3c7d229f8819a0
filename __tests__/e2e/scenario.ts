import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { CacheService } from '../../test-support/cache-service/index.js';
import { runJob, type JobResult } from '../../test-support/runner.js';
import { CARGO_BIN } from '../../test-support/cargo.js';
import { REPO } from '../helpers.js';
import { keptDir, tempDir } from '../../test-support/tmp.js';

export { CARGO_BIN, describeWithCargo } from '../../test-support/cargo.js';

/** One shared target dir: scenarios build the same crates, so only the first one compiles them all. */
const TARGET_DIR = keptDir('crate-cache-e2e-target');

export function freshCargoHome(): string {
  return tempDir('cc-e2e-home-');
}

/**
 * A new runner: the same CARGO_HOME path, empty again. Cache entries are
 * tied to the paths they were saved from, as on GitHub's runners.
 */
export function wipe(cargoHome: string): string {
  fs.rmSync(cargoHome, { recursive: true, force: true });
  fs.mkdirSync(cargoHome, { recursive: true });
  return cargoHome;
}

export { copyTree, examples, examplesUsing, fixtureWorkspaceUsing } from '../../test-support/workspaces.js';

export interface JobOpts {
  cwd: string;
  env?: Record<string, string>;
  cargoHome: string;
  service: CacheService | { env: Record<string, string> };
  inputs?: Record<string, string>;
  event?: string;
}

export function job(o: JobOpts): Promise<JobResult> {
  return runJob({
    cwd: o.cwd,
    event: o.event ?? 'push',
    inputs: o.inputs ?? {},
    timeoutMs: 300_000,
    env: {
      ...o.service.env,
      CARGO_HOME: o.cargoHome,
      CARGO_TARGET_DIR: TARGET_DIR,
      CARGO_TERM_COLOR: 'never',
      PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}`,
      ...o.env,
    },
  });
}

/** Archive members as paths relative to CARGO_HOME, files only. */
export function relativeMembers(members: string[], cargoHome: string): string[] {
  const marker = path.basename(cargoHome) + '/';
  return members
    .filter((m) => !m.endsWith('/'))
    .map((m) => m.slice(m.indexOf(marker) + marker.length))
    .sort();
}

/** The CARGO_HOME files `crate-cache plan` says the action archives for the workspace (git databases aside). */
export function plannedFiles(dir: string, cargoHome: string): string[] {
  const out = execFileSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'plan', dir, '--json'], {
    env: { ...process.env, CARGO_HOME: cargoHome, PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}` },
    encoding: 'utf8',
  });
  const plan = JSON.parse(out) as { archived: string[] };
  return plan.archived.filter((e) => !e.endsWith('/')).sort();
}

export function summaryRow(summary: string, name: string): string | undefined {
  const m = new RegExp(`^\\| ${name} \\| (.*) \\|$`, 'm').exec(summary);
  return m?.[1];
}
