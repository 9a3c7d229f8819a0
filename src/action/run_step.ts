import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { describeFetch, fetchPlans, type FetchReport } from '../cargo/ops/cargo_fetch.js';
import { isCargoError } from '../cargo/util/errors.js';
import { crashGuard } from './crash_guard.js';
import type { Planned } from './plan_all.js';

/**
 * Runs a command line in each workspace through `@actions/exec`, which
 * splits arguments itself: no shell, so metacharacters stay literal.
 * Returns the first non-zero exit code, or 0.
 */
export async function runInWorkspaces(commandLine: string, dirs: string[]): Promise<number> {
  for (const cwd of dirs) {
    const code = await exec.exec(commandLine, [], { cwd, ignoreReturnCode: true });
    if (code !== 0) {
      core.error(`\`${commandLine}\` exited with ${code} in ${cwd}`);
      return code;
    }
  }
  return 0;
}

/** `cargo fetch --locked` where the restore left something missing. */
export async function cargoFetch(dirs: string[]): Promise<boolean> {
  let ok = true;
  for (const cwd of dirs) {
    const code = await exec.exec('cargo', ['fetch', '--locked'], { cwd, ignoreReturnCode: true });
    if (code !== 0) {
      core.warning(`cargo fetch --locked failed in ${cwd} (exit ${code}); the build will fetch what it needs`);
      ok = false;
    }
  }
  return ok;
}

/** The native fetch; anything it cannot do (or a failure) is left to `cargo fetch --locked`. */
export async function nativeFetch(planned: Planned, concurrency: number): Promise<FetchReport | undefined> {
  const { projects, plans } = planned;
  const token = (url: string) => {
    for (const p of projects) {
      const t = p.config.tokenForIndexUrl(url);
      if (t) {
        core.setSecret(t);
        return t;
      }
    }
    return undefined;
  };
  const dirs = projects.map((p) => p.dir);
  let report: FetchReport;
  try {
    // main.ts verified every restored .crate just before: no need to hash them twice.
    const http = projects[0].config.httpSettings();
    report = await crashGuard.watch((signal) =>
      fetchPlans(plans, projects[0].layout, { concurrency, token, cratesVerified: true, http, signal, log: (l) => core.info(l) }),
    );
  } catch (e) {
    core.warning(`native fetch failed, falling back to cargo fetch --locked: ${isCargoError(e) ? e.oneLine() : (e as Error).message}`);
    await cargoFetch(dirs);
    return undefined;
  }
  core.info(describeFetch(report));
  if (report.fallback.length) {
    core.notice(`${report.fallback.join('; ')}: using cargo fetch --locked for it`);
    await cargoFetch(dirs);
  }
  return report;
}
