// The post step works from what the main step saved (issue 10): the cache
// contents in RUNNER_TEMP, the Cargo.lock hashes, the verdict. It plans
// again (one `cargo -V` per workspace) only when that file is gone, and the
// job summary says what happened in words and seconds.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { startCacheService, type CacheService } from '../../test-support/cache-service/index.js';
import { startPrivateFixture, type RunningRegistry } from '../../test-support/registry/index.js';
import { runStep, type StepResult } from '../../test-support/runner.js';
import { tempDir } from '../helpers.js';
import { CARGO_BIN, examplesUsing, describeWithCargo, plannedFiles, relativeMembers, summaryRow } from './scenario.js';

const d = describeWithCargo;
jest.setTimeout(300_000);

let service: CacheService;
let reg: RunningRegistry;
let scratch: string;
/** A `cargo` first on PATH that records its arguments, then runs the real one. */
let stubBin: string;
let calls: string;

beforeAll(async () => {
  scratch = tempDir('cc-post-state-');
  service = await startCacheService({ azuritePort: 0, shimPort: 0 });
  reg = await startPrivateFixture(path.join(scratch, 'registry'));
  stubBin = path.join(scratch, 'stub-bin');
  calls = path.join(scratch, 'cargo-calls.txt');
  fs.mkdirSync(stubBin);
  fs.writeFileSync(path.join(stubBin, 'cargo'), `#!/bin/sh\necho "$*" >> '${calls}'\nexec '${path.join(CARGO_BIN, 'cargo')}' "$@"\n`, { mode: 0o755 });
});

afterAll(async () => {
  await reg?.close();
  await service?.close();
});

interface Job {
  ws: string;
  home: string;
  runnerTemp: string;
  main: StepResult;
}

function env(home: string): Record<string, string> {
  return { ...service.env, CARGO_HOME: home, PATH: `${stubBin}${path.delimiter}${CARGO_BIN}${path.delimiter}${process.env.PATH}` };
}

async function mainStep(prefix: string, inputs: Record<string, string> = {}, event = 'push'): Promise<Job> {
  const ws = examplesUsing(reg);
  const home = fs.mkdtempSync(path.join(scratch, 'home-'));
  const runnerTemp = fs.mkdtempSync(path.join(scratch, 'runner-temp-'));
  const main = await runStep('dist/main.js', { cwd: ws, inputs: { 'key-prefix': prefix, ...inputs }, env: env(home), runnerTemp, event });
  return { ws, home, runnerTemp, main };
}

async function postStep(j: Job): Promise<StepResult> {
  fs.rmSync(calls, { force: true });
  return runStep('dist/post.js', { cwd: j.ws, inputs: { 'key-prefix': 'unused' }, env: env(j.home), runnerTemp: j.runnerTemp, state: j.main.state });
}

const cargoCalls = () => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : []);

d('the post step works from the main step’s saved state', () => {
  test('it saves exactly the planned files without running cargo, and removes the contents file', async () => {
    const j = await mainStep('post-state-saved');
    expect(j.main.code).toBe(0);
    const contentsFiles = fs.readdirSync(j.runnerTemp).filter((f) => f.startsWith('crate-cache-contents-'));
    expect(contentsFiles).toHaveLength(1);

    const post = await postStep(j);
    expect(post.code).toBe(0);
    expect(cargoCalls()).toEqual([]);
    expect(summaryRow(post.summary, 'save')).toBe('saved');
    const members = relativeMembers(await service.listArchive(j.main.outputs['cache-key']), j.home);
    expect(members).toEqual(plannedFiles(j.ws, j.home));
    expect(fs.readdirSync(j.runnerTemp).filter((f) => f.startsWith('crate-cache-contents-'))).toEqual([]);

    // A cold run fetched and unpacked: the summary says the unpacked sources went, in words and MiB.
    expect(summaryRow(post.summary, 'unpacked sources dropped \\(cargo rebuilds them\\)')).toMatch(/^\d+\.\d MiB$/);
    expect(summaryRow(post.summary, 'files no lockfile needs, pruned')).toBe('0 (0.0 MiB)');
    expect(summaryRow(post.summary, 'time')).toMatch(/^\d+\.\d s \(plan \d+\.\d, check \d+\.\d, restore \d+\.\d, verify \d+\.\d, fetch \d+\.\d, prune \d+\.\d, save \d+\.\d\)$/);
  });

  test('when RUNNER_TEMP lost the contents file, it plans again (cargo -V) and still saves', async () => {
    const j = await mainStep('post-state-replan');
    for (const f of fs.readdirSync(j.runnerTemp)) fs.rmSync(path.join(j.runnerTemp, f), { recursive: true, force: true });
    const post = await postStep(j);
    expect(post.code).toBe(0);
    expect(cargoCalls()).toEqual(['-V']);
    expect(summaryRow(post.summary, 'save')).toBe('saved');
    expect(relativeMembers(await service.listArchive(j.main.outputs['cache-key']), j.home)).toEqual(plannedFiles(j.ws, j.home));
  });

  test('a Cargo.lock the job changed is not saved under the main step’s key', async () => {
    const j = await mainStep('post-state-changed');
    fs.appendFileSync(path.join(j.ws, 'Cargo.lock'), '\n');
    const post = await postStep(j);
    expect(post.code).toBe(0);
    expect(summaryRow(post.summary, 'save')).toBe('skipped (Cargo.lock changed during the job)');
    expect(service.entries().map((e) => e.key)).not.toContain(j.main.outputs['cache-key']);
  });

  test('a stale lockfile on a pull request: no restore ran, the summary says so, and no undecided notice blurs the verdict', async () => {
    const ws = examplesUsing(reg);
    const manifest = path.join(ws, 'Cargo.toml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('smallvec = "1.9"', 'smallvec = "1.13"'));
    const home = fs.mkdtempSync(path.join(scratch, 'home-'));
    const runnerTemp = fs.mkdtempSync(path.join(scratch, 'runner-temp-'));
    // Empty CARGO_HOME: without index entries the check would also be undecided about features.
    const main = await runStep('dist/main.js', { cwd: ws, inputs: { 'key-prefix': 'post-state-stale' }, env: env(home), runnerTemp, event: 'pull_request' });
    expect(main.code).toBe(1);
    expect(main.outputs['lockfile-fresh']).toBe('false');
    expect(main.annotations.filter((a) => a.level === 'error').length).toBeGreaterThan(0);
    expect(main.annotations.filter((a) => a.level === 'notice')).toEqual([]);
    const post = await postStep({ ws, home, runnerTemp, main });
    expect(summaryRow(post.summary, 'restore')).toBe('not run (the lockfile check failed)');
    expect(summaryRow(post.summary, 'save')).toBe('skipped (the lockfile check failed)');
    expect(post.summary).toContain('Cargo.lock is **stale**');
  });
});
