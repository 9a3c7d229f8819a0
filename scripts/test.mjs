// The whole test suite: typecheck, then Jest (ESM mode) in two lanes side by
// side, one file at a time each: the suites that serve the fixture registry
// on its fixed port (SERIAL_SUITES in jest.config.js) in one, the rest in the
// other. Prints a line per finished file and ends with one
// "tests: N passed, N failed" line; exits non-zero when anything failed.
//
// With arguments (e.g. a path pattern), one Jest run gets them instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERIAL_SUITES } from '../jest.config.js';

const bin = path.join(os.homedir(), '.cargo', 'bin');
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
const started = Date.now();

// The fixture registry is built from Debian's packaged crate sources.
const deb = spawnSync('bash', ['test-support/ensure-debian-crates.sh'], { stdio: 'inherit', env });
if (deb.status !== 0) {
  console.error('could not install the Debian crate sources the fixture registry needs');
  finish('0 passed, 1 failed', 1);
}
// Under CI a missing cargo fails the run; elsewhere the suites that need it skip.
if (env.CI === 'true' && !env.PATH.split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, 'cargo')))) {
  console.error(`CI=true and cargo is not installed (looked in ${bin} and PATH): the suites that need it cannot run`);
  finish('0 passed, 1 failed', 1);
}
const tsc = spawnSync('npx', ['tsc', '--noEmit'], { stdio: 'inherit', env });
if (tsc.status !== 0) {
  console.error('typecheck failed');
  finish('0 passed, 1 failed', 1);
}

// Everything the run writes to the temp directory, its child processes
// included, goes under one directory that is removed at the end. Build
// caches meant to outlive the run go to the real one (keptDir).
const systemTmp = os.tmpdir();
const runTmp = fs.mkdtempSync(path.join(systemTmp, 'cc-test-run-'));
const out = path.join(runTmp, 'jest-results');
// Built once here rather than by the first suite of each lane at once.
const fixture = spawnSync('npx', ['tsx', 'test-support/registry/cli.ts', 'ensure'], {
  stdio: 'inherit',
  env,
});
if (fixture.status !== 0) {
  console.error('could not build the fixture registry');
  finish('0 passed, 1 failed', 1);
}
fs.mkdirSync(out);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    fs.rmSync(runTmp, { recursive: true, force: true });
    process.exit(130);
  });
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const serial = SERIAL_SUITES.map((f) => escape(f));
const extra = process.argv.slice(2);
const lanes =
  extra.length > 0
    ? [{ name: 'selected', args: extra }]
    : [
        { name: 'serial', args: ['--testPathPatterns', ...serial] },
        { name: 'main', args: ['--testPathIgnorePatterns', '/node_modules/', ...serial] },
      ];
const codes = await Promise.all(lanes.map(runLane));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [i, lane] of lanes.entries()) {
  try {
    const r = JSON.parse(fs.readFileSync(lane.results, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
    skipped += r.numPendingTests;
  } catch {
    // No results: Jest itself failed (a bad argument, or no test matched in a lane that must have some).
    if (codes[i] !== 0) failed += 1;
  }
}
fs.rmSync(runTmp, { recursive: true, force: true });
// Jest exiting non-zero with every test passed (e.g. an open handle, a broken reporter) still fails the run.
if (failed === 0 && codes.some((c) => c !== 0)) failed = 1;
console.log(`\nJest done in ${Math.round((Date.now() - started) / 1000)} s (with the typecheck)`);
finish(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''), failed > 0 ? 1 : 0);

function runLane(lane) {
  lane.results = path.join(out, `${lane.name}.json`);
  const args = [
    '--experimental-vm-modules',
    '--disable-warning=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--runInBand',
    '--passWithNoTests',
    `--cacheDirectory=${path.join(systemTmp, 'jest-crate-cache')}`,
    '--reporters=./test-support/jest/progress_reporter.cjs',
    '--json',
    `--outputFile=${lane.results}`,
    ...lane.args,
  ];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, CC_TEST_LANE: lane.name, TMPDIR: runTmp, CC_TEST_CACHE_DIR: systemTmp },
  });
  return new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
}

function finish(summary, code) {
  console.log(`\ntests: ${summary}`);
  process.exit(code);
}
