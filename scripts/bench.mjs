// Runs the benchmark on code bundled the way dist/ is (esbuild, no tsx
// transforms), so it measures what ships. The bundle sits two levels below
// the repo root; test-support finds the root by walking up to package.json.
// --preserve-symlinks-main: in a checkout whose .fixture is a symlink to
// another checkout's, the walk must start here, or the end-to-end figures
// would time the other checkout's dist/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = '.fixture/bench-build/check.bench.mjs';
await build({
  entryPoints: ['bench/check.bench.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--preserve-symlinks-main', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
