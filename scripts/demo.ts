// `npm run demo`: the main job on the bundled examples. Starts the loopback
// registry and the cache service (Azurite + Twirp shim), runs the bundled
// action cold and then warm (a new, empty CARGO_HOME with the registry
// stopped), prints both job summaries and the timings, and stops it all.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCacheService } from '../test-support/cache-service/index.js';
import { ensureFixtureRegistry, REPO_ROOT, startRegistryWhenFree } from '../test-support/registry/index.js';
import { runJob, type JobResult } from '../test-support/runner.js';

const CARGO_BIN = path.join(os.homedir(), '.cargo', 'bin');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-demo-'));
const ws = path.join(work, 'examples');
const home = path.join(work, 'cargo-home');
fs.cpSync(path.join(REPO_ROOT, 'examples'), ws, { recursive: true, filter: (s) => !s.split(path.sep).includes('target') });

const cli = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, CARGO_HOME: home } });

function show(title: string, r: JobResult, ms: number): void {
  console.log(`\n==== ${title}: main exit ${r.main.code}, post exit ${r.post.code}, ${(ms / 1000).toFixed(1)} s`);
  const outs = ['cache-hit', 'restored-key', 'missing', 'lockfile-fresh'].map((k) => `${k}=${r.main.outputs[k] ?? ''}`);
  console.log(`outputs: ${outs.join(' ')}`);
  for (const a of [...r.main.annotations, ...r.post.annotations]) console.log(`${a.level}: ${a.message}`);
  console.log(r.post.summary.trim());
}

const registry = await startRegistryWhenFree({ root: await ensureFixtureRegistry() });
const service = await startCacheService();
try {
  console.log(`registry ${registry.url}  cache service ${service.env.ACTIONS_RESULTS_URL}`);
  console.log(`\n$ crate-cache dirname ${registry.url}\n${cli('dirname', registry.url).trim()}`);
  const env = {
    ...service.env,
    CARGO_HOME: home,
    CARGO_TARGET_DIR: path.join(work, 'target'),
    PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}`,
  };
  const timed = async (inputs: Record<string, string>) => {
    const t0 = performance.now();
    const r = await runJob({ cwd: ws, inputs, env, event: 'pull_request', timeoutMs: 600_000 });
    return [r, performance.now() - t0] as const;
  };

  const [cold, coldMs] = await timed({ run: 'cargo build --locked' });
  show('cold run (empty cache)', cold, coldMs);

  await registry.close();
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(path.join(work, 'target'), { recursive: true, force: true });
  const [warm, warmMs] = await timed({ run: 'cargo build --locked --offline' });
  show('warm run (new runner, registry stopped)', warm, warmMs);

  console.log(`\n$ crate-cache check examples\n${cli('check', ws).trim()}`);
  if (cold.main.code !== 0 || warm.main.code !== 0 || warm.main.outputs['cache-hit'] !== 'true') process.exitCode = 1;
} finally {
  await registry.close().catch(() => undefined);
  await service.close();
  fs.rmSync(work, { recursive: true, force: true });
}
