import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { describeFetch, fetchPlans } from '../cargo/ops/cargo_fetch.js';
import { planLayout } from '../cargo/ops/layout_plan.js';
import { loadProject } from '../cargo/ops/project.js';
import { UsageError, type CommandResult } from './output.js';

/** `crate-cache fetch [dir] [--concurrency N]`: 0 fetched, 1 a fetch failed, 2 bad input. */
export async function fetchCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { concurrency: { type: 'string' }, 'cargo-version': { type: 'string' } },
  });
  if (positionals.length > 1) throw new UsageError('fetch takes at most one directory');
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)) {
    throw new UsageError('--concurrency must be a whole number from 1 to 256');
  }
  const project = loadProject(positionals[0] ?? '.', { env });
  const plan = planLayout(project.ws, project.layout);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const report = await fetchPlans([plan], project.layout, {
    concurrency,
    log,
    token: (url) => project.config.tokenForIndexUrl(url),
    http: project.config.httpSettings(),
  });
  const lines = [describeFetch(report)];
  for (const why of report.fallback) {
    log(`note: ${why}; falling back to \`cargo fetch --locked\``);
    const code = await cargoFetch(project.dir, env);
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
