import { spawn } from 'node:child_process';
import { describeFetch, fetchWithFallback } from '../cargo/ops/cargo_fetch.js';
import { planLayout } from '../cargo/ops/layout_plan.js';
import type { Project } from '../cargo/ops/project.js';
import { isCargoError } from '../cargo/util/errors.js';
import { CommandFailed, type CommandResult } from './output.js';

export interface FetchCommandOptions {
  concurrency?: number;
  env: NodeJS.ProcessEnv;
  /** Progress and notes, a line each (stderr). */
  log: (line: string) => void;
}

/** `crate-cache fetch [dir] [--concurrency N]`: 0 fetched, 1 a fetch failed, 2 bad input. */
export async function fetchCommand(project: Project, opts: FetchCommandOptions): Promise<CommandResult> {
  const plan = planLayout(project.ws, project.layout, project.resolve);
  let outcome;
  try {
    outcome = await fetchWithFallback([plan], project.layout, {
      concurrency: opts.concurrency,
      log: opts.log,
      token: (url) => project.config.tokenForIndexUrl(url),
      http: project.config.httpSettings(),
      cargoFetch: async () => (await cargoFetch(project.dir, opts.env)) === 0,
      onFallback: (why) => opts.log(`note: ${why.message}; falling back to \`cargo fetch --locked\``),
    });
  } catch (e) {
    // A download that failed is the command failing (1), not bad input (2).
    if (isCargoError(e) && (e.kind === 'io' || e.kind === 'index')) throw new CommandFailed(e.oneLine());
    throw e;
  }
  const lines = outcome.report ? [describeFetch(outcome.report)] : [];
  if (outcome.cargoFetch === 'failed') return { stdout: lines.join('\n') + '\n', code: 1 };
  if (outcome.cargoFetch === 'ok') lines.push('cargo fetch --locked: done');
  return { stdout: lines.join('\n') + '\n', code: 0 };
}

function cargoFetch(cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('cargo', ['fetch', '--locked'], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', () => resolve(127));
    child.once('exit', (code) => resolve(code ?? 1));
  });
}
