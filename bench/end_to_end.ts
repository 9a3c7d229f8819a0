// The figures users see: the whole `crate-cache check` process and the
// action's main step, each a fresh `node` running the bundled dist/ entry
// point, timed from spawn to exit. An optimisation that moves only the warm
// in-process figure does not show up here.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, runStep } from '../test-support/runner.js';
import { msSince, nowNs } from './timing.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/**
 * `node dist/cli.js check <dir>` as a user runs it (including its own
 * `cargo -V`); resolves to the wall time in ms. Asynchronous on purpose: the
 * synthetic registry runs in the bench's process.
 */
export function timeCliCheck(dir: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = nowNs();
    const child = spawn(process.execPath, [CLI, 'check', dir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = msSince(start);
      if (code === 0) resolve(ms);
      else reject(new Error(`\`crate-cache check ${dir}\` exited ${code}: ${stderr.trim()}`));
    });
  });
}

/**
 * dist/main.js through the test runner with `fetch: none` and no cache
 * service in the environment, so it plans, checks and keys, warns that there
 * is no cache, and fetches nothing. Resolves to the wall time in ms.
 */
export async function timeMainStep(dir: string, env: NodeJS.ProcessEnv): Promise<number> {
  const noService = { ACTIONS_RESULTS_URL: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_CACHE_URL: undefined };
  const start = nowNs();
  const step = await runStep('dist/main.js', { cwd: dir, env: { ...env, ...noService }, inputs: { fetch: 'none' } });
  const ms = msSince(start);
  if (step.code !== 0 || step.outputs['lockfile-fresh'] !== 'true') {
    throw new Error(`main step on ${dir} exited ${step.code} with lockfile-fresh=${step.outputs['lockfile-fresh']}:\n${step.stdout}\n${step.stderr}`);
  }
  return ms;
}
