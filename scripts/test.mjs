// The whole test suite: typecheck, then Jest (ESM mode, one worker: several
// suites bind the fixture registry's fixed port). Ends with one
// "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.join(os.homedir(), '.cargo', 'bin');
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
// The fixture registry is built from Debian's packaged crate sources.
const deb = spawnSync('bash', ['test-support/ensure-debian-crates.sh'], { stdio: 'inherit', env });
if (deb.status !== 0) {
  console.error('could not install the Debian crate sources the fixture registry needs');
  process.exit(1);
}
const tsc = spawnSync('npx', ['tsc', '--noEmit'], { stdio: 'inherit', env });
if (tsc.status !== 0) {
  console.error('typecheck failed');
  process.exit(1);
}
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-jest-')), 'results.json');
const jest = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--runInBand', '--json', `--outputFile=${out}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);
let summary = '';
try {
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  summary = `${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : '');
} catch {
  summary = '0 passed, 1 failed';
}
console.log(`\ntests: ${summary}`);
process.exit(jest.status ?? 1);
