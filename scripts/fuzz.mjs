// The long fuzz run: every property in __tests__/fuzz with FUZZ_RUNS runs
// each and a random seed (fast-check prints seed and path on failure;
// FUZZ_SEED=<n> replays one). Ends with the total of generated inputs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runs = process.env.FUZZ_RUNS ?? '15000';
// A sync hang cannot be interrupted from inside Jest: this deadline can.
const deadlineMs = Number(process.env.FUZZ_DEADLINE_MS ?? 30 * 60_000);
const counts = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-fuzz-')), 'counts.txt');
const env = { ...process.env, FUZZ_RUNS: runs, FUZZ_COUNT_FILE: counts };

const started = Date.now();
const jest = spawn(
  process.execPath,
  ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--testPathPatterns', '__tests__/fuzz/.*\\.property\\.test\\.ts$', ...process.argv.slice(2)],
  { stdio: 'inherit', env, detached: true },
);
const timer = setTimeout(() => {
  console.error(`fuzz: no result after ${deadlineMs / 1000} s; a parser is probably stuck on one input`);
  process.kill(-jest.pid, 'SIGKILL');
}, deadlineMs);

jest.on('exit', (code, signal) => {
  clearTimeout(timer);
  let generated = 0;
  let calls = 0;
  const lines = fs.existsSync(counts) ? fs.readFileSync(counts, 'utf8').trim().split('\n').filter(Boolean) : [];
  for (const l of lines) {
    const [suite, g, c] = l.split(' ');
    generated += Number(g);
    calls += Number(c);
    console.log(`fuzz: ${suite}: ${g} generated inputs, ${c} parser calls`);
  }
  const secs = Math.round((Date.now() - started) / 1000);
  console.log(`fuzz: ${generated} generated inputs (${calls} parser calls) in ${secs} s, FUZZ_RUNS=${runs} per property`);
  process.exit(code ?? (signal ? 1 : 0));
});
