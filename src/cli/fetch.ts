import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { describeFetch, fetchWithFallback } from '../cargo/ops/cargo_fetch.js';
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
  const plan = planLayout(project.ws, project.layout, project.resolve);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const outcome = await fetchWithFallback([plan], project.layout, {
    concurrency,
    log,
    token: (url) => project.config.tokenForIndexUrl(url),
    http: project.config.httpSettings(),
    cargoFetch: async () => (await cargoFetch(project.dir, env)) === 0,
    onFallback: (why) => log(`note: ${why.message}; falling back to \`cargo fetch --locked\``),
  });
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
