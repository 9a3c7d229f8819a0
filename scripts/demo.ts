// `npm run demo`: the main job on the bundled examples. Serves a copy of the
// fixture registry on a free port and starts the cache service (Azurite +
// Twirp shim), runs the bundled action cold and then warm (a new, empty
// CARGO_HOME with the registry stopped) on a copy of examples/ pointed at
// that registry, streams what each step prints, shows both job summaries,
// `crate-cache check` fresh and then stale, and a table of the timings.
// Everything lives in one temp dir, removed at the end; any error is one line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isCargoError } from '../src/cargo/util/errors.js';
import { startCacheService, type CacheService } from '../test-support/cache-service/index.js';
import { REPO_ROOT, startPrivateFixture, type RunningRegistry } from '../test-support/registry/index.js';
import { runJob, type JobResult } from '../test-support/runner.js';
import { examplesUsing } from '../test-support/workspaces.js';

const CARGO_BIN = path.join(os.homedir(), '.cargo', 'bin');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-demo-'));
const home = path.join(work, 'cargo-home');
const t0 = performance.now();
const clock = () => `${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s`;

process.once('SIGINT', () => {
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(130);
});

/** `crate-cache …` as a user would type it, with its output and (when not 0) its exit code. */
function cli(cwd: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CARGO_HOME: home },
  });
  console.log(`\n$ crate-cache ${args.join(' ')}\n${(r.stdout + r.stderr).trim()}${r.status === 0 ? '' : `\n(exit ${r.status})`}`);
}

/** A step's line as it arrives, minus the debug log and the workflow commands only the runner reads. */
function stream(line: string, step: 'main' | 'post'): void {
  if (/^::(debug|add-mask|endgroup|save-state|set-output)::/.test(line) || line.trim() === '') return;
  console.log(`${clock()}  ${step} | ${line.replace(/^::group::/, '▸ ')}`);
}

interface Run {
  title: string;
  result: JobResult;
}

function show({ title, result: r }: Run): void {
  console.log(`\n==== ${title}: main exit ${r.main.code}, post exit ${r.post.code}`);
  const outs = ['cache-hit', 'restored-key', 'missing', 'lockfile-fresh'].map((k) => `${k}=${r.main.outputs[k] ?? ''}`);
  console.log(`outputs: ${outs.join(' ')}`);
  for (const a of [...r.main.annotations, ...r.post.annotations]) console.log(`${a.level}: ${a.message}`);
  console.log(r.post.summary.trim());
}

function table(runs: Run[]): string {
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rows = [
    ['job', 'main', 'post', 'total', 'cache-hit', 'exit (main/post)'],
    ...runs.map(({ title, result: r }) => [
      title,
      secs(r.main.ms),
      secs(r.post.ms),
      secs(r.main.ms + r.post.ms),
      r.main.outputs['cache-hit'] ?? '',
      `${r.main.code}/${r.post.code}`,
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) => `| ${row.map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w, i) => (i >= 1 && i <= 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  let registry: RunningRegistry | undefined;
  let service: CacheService | undefined;
  try {
    console.log(`${clock()}  starting the fixture registry and the cache service`);
    registry = await startPrivateFixture(path.join(work, 'registry'));
    service = await startCacheService();
    const ws = examplesUsing(registry, work);
    console.log(`${clock()}  registry ${registry.url}  cache service ${service.env.ACTIONS_RESULTS_URL}  workspace ${ws}`);
    cli(ws, 'dirname', registry.url);

    const env = {
      ...service.env,
      CARGO_HOME: home,
      CARGO_TARGET_DIR: path.join(work, 'target'),
      PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}`,
    };
    const job = async (title: string, run: string): Promise<Run> => {
      console.log(`\n==== ${title}: \`${run}\``);
      const result = await runJob({ cwd: ws, inputs: { run }, env, event: 'pull_request', timeoutMs: 600_000, onLine: stream });
      return { title, result };
    };

    const cold = await job('cold run (empty cache)', 'cargo build --locked');
    show(cold);

    await registry.close();
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(path.join(work, 'target'), { recursive: true, force: true });
    const warm = await job('warm run (new runner, registry stopped)', 'cargo build --locked --offline');
    show(warm);

    // The warm CARGO_HOME holds cargo's index cache, so check can decide; then the README's stale example.
    cli(ws, 'check');
    const manifest = path.join(ws, 'Cargo.toml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('smallvec = "1.9"', 'smallvec = "1.13"'));
    console.log('\n$ sed -i \'s/smallvec = "1.9"/smallvec = "1.13"/\' Cargo.toml   # a requirement Cargo.lock does not meet');
    cli(ws, 'check');

    console.log(`\n${table([cold, warm])}`);
    const ok = cold.result.main.code === 0 && warm.result.main.code === 0 && warm.result.main.outputs['cache-hit'] === 'true';
    if (!ok) {
      console.error('demo: error: a job failed, or the warm run missed the cache (see above)');
      process.exitCode = 1;
    }
  } finally {
    await registry?.close().catch(() => undefined);
    await service?.close().catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  const msg = isCargoError(e) ? e.oneLine() : String((e as Error).message ?? e).split('\n')[0];
  console.error(`demo: error: ${msg}`);
  process.exitCode = 1;
});
