import { spawn } from 'node:child_process';
import { describeFetch, fetchPlans, type FetchReport } from '../cargo/ops/cargo_fetch.js';
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
  const plan = planLayout(project.ws, project.layout);
  let report: FetchReport;
  try {
    report = await fetchPlans([plan], project.layout, {
      concurrency: opts.concurrency,
      log: opts.log,
      token: (url) => project.config.tokenForIndexUrl(url),
      http: project.config.httpSettings(),
    });
  } catch (e) {
    // A download that failed is the command failing (1), not bad input (2).
    if (isCargoError(e) && (e.kind === 'io' || e.kind === 'index')) throw new CommandFailed(e.oneLine());
    throw e;
  }
  const lines = [describeFetch(report)];
  for (const why of report.fallback) {
    opts.log(`note: ${why}; falling back to \`cargo fetch --locked\``);
    const code = await cargoFetch(project.dir, opts.env);
    if (code !== 0) return { stdout: lines.join('\n') + '\n', code: 1 };
    lines.push('cargo fetch --locked: done');
  }
  return { stdout: lines.join('\n') + '\n', code: 0 };
}

function cargoFetch(cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('cargo', ['fetch', '--locked'], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', () => resolve(127));
    child.once('exit', (code) => resolve(code ?? 1));
  });
}
