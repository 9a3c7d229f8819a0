// npm run bench (third part): a cold native fetch (`node dist/cli.js fetch`)
// against `cargo fetch --locked`, each into a fresh CARGO_HOME, on examples/
// and on a ~400-package lockfile over the synthetic registry, with the
// loopback registry answering at once and after 40 ms. Both run as child
// processes, alternating, while the server runs here: its CPU is not theirs.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ensureFixtureRegistry,
  ensureSyntheticRegistry,
  FIXTURE_DIR,
  FIXTURE_PORT,
  generateWorkspace,
  REPO_ROOT,
  startRegistryWhenFree,
  SYNTHETIC_PORT,
  SYNTHETIC_URL,
} from '../test-support/registry/index.js';
import { BENCH_DIR, cargoEnv, cargoVersionLine, runCargo } from './bench_workspace.js';
import { median } from './timing.js';

const RUNS = 5;
// No latency first: the untimed warm-up runs there, where they are cheap.
const LATENCIES = [0, 40];
const TARGET_RATIO = 1.0;
const SYNTHETIC_COUNT = 400;
const SYNTHETIC_MEMBERS = 5;
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

// Preloaded into the measured node: its own CPU and peak RSS, written at exit.
const USAGE_HOOK = `import fs from 'node:fs';
process.on('exit', () => {
  const cpu = process.cpuUsage();
  const r = process.resourceUsage();
  fs.writeFileSync(process.env.CRATE_CACHE_BENCH_USAGE, JSON.stringify({ userMs: cpu.user / 1000, systemMs: cpu.system / 1000, maxRssKiB: r.maxRSS }));
});
`;

interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssKiB?: number;
}

interface Scenario {
  name: string;
  dir: string;
  registryRoot: string;
  port: number;
  /** Registry packages in Cargo.lock: the .crate files a fetch must leave. */
  crates: number;
}

const log = (line: string): void => void process.stderr.write(`bench fetch: ${line}\n`);

function child(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed in ${cwd}: ${(stderr || err.message).trim().split('\n').slice(-3).join(' | ')}`));
      else resolve({ stdout, stderr });
    });
  });
}

function registryPackageCount(dir: string): number {
  return fs.readFileSync(path.join(dir, 'Cargo.lock'), 'utf8').match(/^source = "(sparse\+|registry\+)/gm)?.length ?? 0;
}

/** .crate files under registry/cache, so a run that fetched too little is not a fast run. */
function crateCount(home: string): number {
  const cache = path.join(home, 'registry', 'cache');
  if (!fs.existsSync(cache)) return 0;
  return fs.readdirSync(cache).reduce((n, d) => n + fs.readdirSync(path.join(cache, d)).filter((f) => f.endsWith('.crate')).length, 0);
}

function freshHome(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-bench-fetch-home-'));
}

async function nativeRun(s: Scenario, hook: string): Promise<Sample> {
  const home = freshHome();
  const usage = path.join(home, '..', `${path.basename(home)}.usage.json`);
  try {
    const env = { ...cargoEnv(home), CRATE_CACHE_BENCH_USAGE: usage };
    const t0 = performance.now();
    await child(process.execPath, ['--import', pathToFileURL(hook).href, CLI, 'fetch', s.dir], s.dir, env);
    const wallMs = performance.now() - t0;
    const got = crateCount(home);
    if (got !== s.crates) throw new Error(`native fetch left ${got} of ${s.crates} .crate files in ${home}`);
    const u = JSON.parse(fs.readFileSync(usage, 'utf8')) as { userMs: number; systemMs: number; maxRssKiB: number };
    return { wallMs, cpuMs: u.userMs + u.systemMs, maxRssKiB: u.maxRssKiB };
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(usage, { force: true });
  }
}

/** bash's `times` prints the CPU its children used: cargo's, and whatever cargo spawned. */
async function cargoRun(s: Scenario): Promise<Sample> {
  const home = freshHome();
  try {
    const t0 = performance.now();
    const { stdout } = await child('bash', ['-c', 'cargo fetch --locked >/dev/null 2>&1 || exit $?; times'], s.dir, cargoEnv(home));
    const wallMs = performance.now() - t0;
    const got = crateCount(home);
    if (got !== s.crates) throw new Error(`cargo fetch left ${got} of ${s.crates} .crate files in ${home}`);
    const secs = [...(stdout.trim().split('\n').pop() ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    return { wallMs, cpuMs: secs.reduce((a, b) => a + b, 0) * 1000 };
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** A small workspace over a 400-crate synthetic registry, locked once by real cargo and kept under .fixture/bench/. */
async function syntheticScenario(): Promise<Scenario> {
  const registryRoot = await ensureSyntheticRegistry({ outDir: path.join(FIXTURE_DIR, `synthetic-${SYNTHETIC_COUNT}`), count: SYNTHETIC_COUNT });
  const probe = cargoEnv(path.join(os.tmpdir(), 'crate-cache-bench-unused'));
  const key = createHash('sha256')
    .update(`fetch-ws count=${SYNTHETIC_COUNT} members=${SYNTHETIC_MEMBERS} url=${SYNTHETIC_URL} ${cargoVersionLine(probe)}`)
    .digest('hex')
    .slice(0, 16);
  const root = path.join(BENCH_DIR, `fetch-${key}`);
  const dir = path.join(root, 'ws');
  const stamp = path.join(root, 'bench-key.txt');
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8').trim() !== key) {
    fs.rmSync(root, { recursive: true, force: true });
    log(`generating and locking a ${SYNTHETIC_MEMBERS}-member workspace over ${SYNTHETIC_COUNT} synthetic crates in ${root}`);
    generateWorkspace({ dir, members: SYNTHETIC_MEMBERS, registryUrl: SYNTHETIC_URL, count: SYNTHETIC_COUNT });
    const home = freshHome();
    const reg = await startRegistryWhenFree({ root: registryRoot, port: SYNTHETIC_PORT });
    try {
      await runCargo(['generate-lockfile'], dir, cargoEnv(home));
    } finally {
      await reg.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
    fs.writeFileSync(stamp, key + '\n');
  }
  return { name: `synthetic (${registryPackageCount(dir)} registry packages)`, dir, registryRoot, port: SYNTHETIC_PORT, crates: registryPackageCount(dir) };
}

async function examplesScenario(work: string): Promise<Scenario> {
  const dir = path.join(work, 'examples');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), dir, { recursive: true, filter: (p) => !p.split(path.sep).includes('target') });
  const crates = registryPackageCount(dir);
  return { name: `examples/ (${crates} registry packages)`, dir, registryRoot: await ensureFixtureRegistry(), port: FIXTURE_PORT, crates };
}

interface Row {
  scenario: string;
  latencyMs: number;
  native: Sample[];
  cargo: Sample[];
}

async function measure(s: Scenario, latencyMs: number, hook: string, warmUp: boolean): Promise<Row> {
  const reg = await startRegistryWhenFree({ root: s.registryRoot, port: s.port, latencyMs });
  try {
    // One untimed run of each warms the page cache and both binaries.
    if (warmUp) {
      await nativeRun(s, hook);
      await cargoRun(s);
    }
    const row: Row = { scenario: s.name, latencyMs, native: [], cargo: [] };
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first, so drift in the machine hits both alike.
      if (i % 2 === 0) {
        row.native.push(await nativeRun(s, hook));
        row.cargo.push(await cargoRun(s));
      } else {
        row.cargo.push(await cargoRun(s));
        row.native.push(await nativeRun(s, hook));
      }
    }
    return row;
  } finally {
    await reg.close();
  }
}

const med = (xs: Sample[], f: (s: Sample) => number | undefined): number => median(xs.map(f).filter((x): x is number => x !== undefined));
const ms = (x: number): string => x.toFixed(0).padStart(7);

function report(rows: Row[], versionLine: string): string {
  const out = [
    '',
    `native fetch (node dist/cli.js fetch) vs cargo fetch --locked, cold CARGO_HOME, median of ${RUNS} alternating runs each`,
    `cargo       ${versionLine}`,
    `node        ${process.version}; native CPU and max RSS are the node process's own (not flock/cargo -V children); cargo CPU includes its children`,
    '',
    `  ${'workspace'.padEnd(40)}${'latency'.padStart(8)}${'native'.padStart(8)}${'cargo'.padStart(8)}${'ratio'.padStart(7)}${'nat CPU'.padStart(8)}${'cargo CPU'.padStart(10)}${'nat RSS'.padStart(9)}`,
    `  ${''.padEnd(40)}${'ms'.padStart(8)}${'ms'.padStart(8)}${'ms'.padStart(8)}${''.padStart(7)}${'ms'.padStart(8)}${'ms'.padStart(10)}${'MiB'.padStart(9)}`,
  ];
  for (const r of rows) {
    const n = med(r.native, (s) => s.wallMs);
    const c = med(r.cargo, (s) => s.wallMs);
    out.push(
      `  ${r.scenario.padEnd(40)}${String(r.latencyMs).padStart(8)}${ms(n).padStart(8)}${ms(c).padStart(8)}${`${(n / c).toFixed(2)}x`.padStart(7)}` +
        `${ms(med(r.native, (s) => s.cpuMs)).padStart(8)}${ms(med(r.cargo, (s) => s.cpuMs)).padStart(10)}` +
        `${(Math.max(...r.native.map((s) => s.maxRssKiB ?? 0)) / 1024).toFixed(0).padStart(9)}`,
    );
  }
  out.push('');
  for (const r of rows.filter((x) => x.latencyMs > 0)) {
    const ratio = med(r.native, (s) => s.wallMs) / med(r.cargo, (s) => s.wallMs);
    out.push(`target native <= ${TARGET_RATIO.toFixed(1)}x cargo at ${r.latencyMs} ms latency, ${r.scenario}: ${ratio <= TARGET_RATIO ? 'HOLDS' : 'MISSED'} (${ratio.toFixed(2)}x)`);
  }
  out.push('', 'all samples, wall ms (native | cargo):');
  for (const r of rows) {
    out.push(`  ${r.scenario}, ${r.latencyMs} ms: ${r.native.map((s) => s.wallMs.toFixed(0)).join(' ')} | ${r.cargo.map((s) => s.wallMs.toFixed(0)).join(' ')}`);
  }
  return out.join('\n');
}

export async function benchFetch(): Promise<void> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing; run npm run build first`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-bench-fetch-'));
  try {
    const hook = path.join(work, 'usage-hook.mjs');
    fs.writeFileSync(hook, USAGE_HOOK);
    const versionLine = cargoVersionLine(cargoEnv(path.join(work, 'unused-home')));
    const scenarios = [await examplesScenario(work), await syntheticScenario()];
    const rows: Row[] = [];
    for (const s of scenarios) {
      for (const latencyMs of LATENCIES) {
        log(`${s.name}, ${latencyMs} ms latency`);
        rows.push(await measure(s, latencyMs, hook, latencyMs === LATENCIES[0]));
      }
    }
    console.log(report(rows, versionLine));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
