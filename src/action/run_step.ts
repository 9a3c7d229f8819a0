import * as core from '@actions/core';
import * as exec from '@actions/exec';

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
