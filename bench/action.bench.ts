// npm run bench (second part): the action's own overhead on an exact hit,
// and how close the saved archive is to the plan. Runs dist/main.js and
// dist/post.js as the runner does, against the loopback registry and the
// Azurite-backed cache service, on a copy of examples/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sizeOf } from '../src/cargo/util/paths.js';
import { startCacheService } from '../test-support/cache-service/index.js';
import { ensureFixtureRegistry, REPO_ROOT, startRegistryWhenFree } from '../test-support/registry/index.js';
import { runJob, runStep, type StepResult } from '../test-support/runner.js';
import { median } from './timing.js';

const RUNS = 7;
const CARGO_BIN = path.join(os.homedir(), '.cargo', 'bin');

function restoreMs(step: StepResult): number {
  const state = JSON.parse(step.state['crate-cache'] ?? '{}') as { timings?: Record<string, number> };
  return state.timings?.restore ?? 0;
}

export async function benchAction(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-bench-action-'));
  const ws = path.join(work, 'examples');
  const home = path.join(work, 'cargo-home');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), ws, { recursive: true, filter: (s) => !s.split(path.sep).includes('target') });
  const registry = await startRegistryWhenFree({ root: await ensureFixtureRegistry() });
  const service = await startCacheService();
  try {
    const env = { ...service.env, CARGO_HOME: home, PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}` };
    const cold = await runJob({ cwd: ws, env, inputs: {} });
    if (cold.main.code !== 0 || cold.post.code !== 0) throw new Error(`cold run failed:\n${cold.main.stdout}\n${cold.post.stdout}`);
    const key = cold.main.outputs['cache-key'];

    // Archive against plan, on the saved entry.
    const plan = JSON.parse(execFileSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), 'plan', ws, '--json'], { encoding: 'utf8', env })) as {
      entries: string[];
      registries: { dir: string }[];
    };
    const files = plan.entries.filter((e) => !e.endsWith('/') && !e.startsWith('registry/src/'));
    for (const r of plan.registries) files.push(`registry/index/${r.dir}/config.json`);
    const planned = files.reduce((n, f) => n + sizeOf(path.join(home, f)), 0);
    const blob = await service.readEntryBlob(key);
    const tar = execFileSync('zstd', ['-d', '--long=30', '-c'], { input: blob, maxBuffer: 1 << 30 });

    const main: number[] = [];
    const post: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      fs.rmSync(home, { recursive: true, force: true });
      fs.mkdirSync(home);
      const t0 = performance.now();
      const m = await runStep('dist/main.js', { cwd: ws, env, inputs: { fetch: 'none' } });
      const mainWall = performance.now() - t0;
      if (m.outputs['cache-hit'] !== 'true') throw new Error(`warm run ${i} missed:\n${m.stdout}`);
      const t1 = performance.now();
      await runStep('dist/post.js', { cwd: ws, env, inputs: {}, state: m.state });
      post.push(performance.now() - t1);
      main.push(mainWall - restoreMs(m));
    }
    const mainMs = median(main);
    const postMs = median(post);
    const ratio = tar.length / planned;
    console.log(`\naction on examples/ (${files.length} planned files), exact hit, median of ${RUNS} runs, ms (node start-up included)`);
    console.log(`  main step, archive transfer excluded  ${mainMs.toFixed(0).padStart(6)}   target <= 1000: ${mainMs <= 1000 ? 'met' : 'MISSED'}`);
    console.log(`  post step                             ${postMs.toFixed(0).padStart(6)}   target <=  300: ${postMs <= 300 ? 'met' : 'MISSED'}`);
    console.log(`archive: uncompressed tar ${tar.length} bytes, planned files ${planned} bytes, ratio ${ratio.toFixed(4)}   target <= 1.02: ${ratio <= 1.02 ? 'met' : 'MISSED'}`);
    console.log(`         compressed ${blob.length} bytes`);
  } finally {
    await registry.close();
    await service.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
