import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { describeFetch, fetchWithFallback } from '../cargo/ops/cargo_fetch.js';
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
export async function nativeFetch(planned: Planned, concurrency: number): Promise<void> {
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
  const outcome = await crashGuard.watch((signal) =>
    fetchWithFallback(plans, projects[0].layout, {
      concurrency,
      token,
      // main.ts verified every restored .crate just before: no need to hash them twice.
      cratesVerified: true,
      http: projects[0].config.httpSettings(),
      signal,
      log: (l) => core.info(l),
      fallBackOnError: true,
      cargoFetch: () => cargoFetch(projects.map((p) => p.dir)),
      onFallback: ({ failed, message }) =>
        failed
          ? core.warning(`native fetch failed, falling back to cargo fetch --locked: ${message}`)
          : core.notice(`${message}: using cargo fetch --locked for it`),
    }),
  );
  if (outcome.report) core.info(describeFetch(outcome.report));
}
