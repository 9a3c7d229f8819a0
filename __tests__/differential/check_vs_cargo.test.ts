// Differential test: `crate-cache check` against real `cargo metadata --locked`
// on a real workspace, mutated one way at a time. Cargo is the oracle.
import fs from 'node:fs';
import path from 'node:path';
import { isCargoError } from '../../src/cargo/util/errors.js';
import { run } from '../../src/cli/run.js';
import { CARGO, describeWithCargo } from '../../test-support/cargo.js';
import { ensureFixtureRegistry, startRegistryWhenFree, FIXTURE_PORT, type RunningRegistry } from '../../test-support/registry/index.js';
import { MUTATIONS, type Mutation } from './mutations.js';
import {
  cargoEnv,
  copyWorkspace,
  createGitRepo,
  runCargo,
  workspaceFiles,
  writeTree,
  type CargoResult,
  type GitFixture,
} from './workspace_fixture.js';
import { tempDir } from '../../test-support/tmp.js';

type CheckVerdict = 'fresh' | 'stale' | 'undecided' | 'error';

interface Reason {
  verdict: string;
  code: string;
  location: { file: string; line?: number; col?: number };
  message: string;
}

interface Row {
  mutation: string;
  check: CheckVerdict;
  cargo: 'fresh' | 'stale';
  /** Whether cargo needed the network (the `--offline` run failed for that alone). */
  online: boolean;
  reasons: Reason[];
  /** check's error message when it refused the input (exit 2). */
  checkError?: string;
  cargoError: string;
}

const disagrees = (r: Row): boolean => (r.check === 'error' ? r.cargo === 'fresh' : r.check !== 'undecided' && r.check !== r.cargo);

const cargo = CARGO;
const describeCargo = describeWithCargo;

const METADATA = ['metadata', '--locked', '--format-version', '1'];
const EXIT_CODE = { fresh: 0, stale: 1, undecided: 3 } as const;
// Cargo's own words for "I gave up because I may not use the network"…
const NEEDS_NETWORK = /offline mode/i;
// …as opposed to the --locked refusal itself (whose help line mentions --offline).
const LOCKED_REFUSAL = /because --locked was passed/;

async function checkJson(dir: string, env: NodeJS.ProcessEnv): Promise<{ verdict: CheckVerdict; code?: number; reasons: Reason[]; error?: string }> {
  try {
    const { stdout, code } = await run(['check', dir, '--json'], env);
    const report = JSON.parse(stdout) as { verdict: CheckVerdict; reasons: Reason[] };
    return { verdict: report.verdict, code, reasons: report.reasons };
  } catch (e) {
    return { verdict: 'error', reasons: [], error: isCargoError(e) ? e.oneLine() : `${(e as Error).name}: ${(e as Error).message}` };
  }
}

const firstError = (stderr: string): string => stderr.split('\n').find((l) => l.startsWith('error')) ?? stderr.trim().split('\n')[0] ?? '';

function table(rows: Row[]): string {
  const w = Math.max(...rows.map((r) => r.mutation.length));
  const out = [`${'mutation'.padEnd(w)}  ${'check'.padEnd(9)}  cargo`];
  for (const r of rows) {
    const cargoCol = (r.cargo + (r.online ? ' (online)' : '')).padEnd(14);
    out.push(`${r.mutation.padEnd(w)}  ${r.check.padEnd(9)}  ${cargoCol}${disagrees(r) ? '  <-- DISAGREE' : ''}`.trimEnd());
  }
  const decided = rows.filter((r) => r.check === 'fresh' || r.check === 'stale').length;
  const stale = rows.filter((r) => r.cargo === 'stale').length;
  out.push(`${rows.length} cases: cargo says ${stale} stale, ${rows.length - stale} fresh; check decided ${decided}, disagreed on ${rows.filter(disagrees).length}`);
  // What the lead needs to fix check (or to judge an undecided).
  for (const r of rows.filter((x) => disagrees(x) || x.check === 'undecided' || x.check === 'error')) {
    out.push('', `* ${r.mutation}: check ${r.check}, cargo ${r.cargo}`, `  cargo: ${r.cargoError || '(no error)'}`);
    if (r.checkError) out.push(`  check: ${r.checkError}`);
    for (const x of r.reasons) out.push(`  check: ${x.verdict} ${x.code} ${x.location.file}:${x.location.line}:${x.location.col} ${x.message}`);
  }
  return out.join('\n');
}

describeCargo('crate-cache check agrees with `cargo metadata --locked`', () => {
  let tmp: string;
  let baseline: string;
  let cargoHome: string;
  let git: GitFixture;
  let env: NodeJS.ProcessEnv;
  let registry: RunningRegistry | undefined;
  const rows: Row[] = [];
  let cases = 0;

  beforeAll(async () => {
    // Real path: check reports locations the way it resolves them.
    tmp = fs.realpathSync(tempDir('crate-cache-differential-'));
    cargoHome = path.join(tmp, 'cargo-home');
    env = cargoEnv(cargo!, cargoHome);
    registry = await startRegistryWhenFree({ root: await ensureFixtureRegistry(), port: FIXTURE_PORT });
    git = createGitRepo(path.join(tmp, 'git'));
    baseline = path.join(tmp, 'baseline');
    writeTree(baseline, workspaceFiles(git.url));
    for (const args of [['generate-lockfile'], ['fetch', '--locked'], [...METADATA, '--offline']]) {
      const r = await runCargo(cargo!, args, baseline, env);
      if (r.code !== 0) throw new Error(`baseline: cargo ${args.join(' ')} failed:\n${r.stderr}`);
    }
  }, 120_000);

  afterAll(async () => {
    await registry?.close();
    if (rows.length) console.log(table(rows));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  // Offline first, so cargo cannot change CARGO_HOME under later cases. When
  // it fails blaming offline mode, the online answer is the truth (CI runs
  // `cargo metadata --locked` online), asked in a copy of CARGO_HOME for the
  // same reason. So far every such case is stale both ways.
  async function cargoVerdict(dir: string): Promise<{ result: CargoResult; online: boolean }> {
    const offline = await runCargo(cargo!, [...METADATA, '--offline'], dir, env);
    if (offline.code === 0 || !NEEDS_NETWORK.test(offline.stderr) || LOCKED_REFUSAL.test(offline.stderr)) {
      return { result: offline, online: false };
    }
    const home = fs.mkdtempSync(path.join(tmp, 'cargo-home-online-'));
    fs.cpSync(cargoHome, home, { recursive: true });
    try {
      return { result: await runCargo(cargo!, METADATA, dir, cargoEnv(cargo!, home)), online: true };
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  }

  test('the mutations are many and distinct', () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(MUTATIONS.map((m) => m.name)).size).toBe(MUTATIONS.length);
  });

  test.each(MUTATIONS.map((m) => [m.name, m] as [string, Mutation]))('%s', async (name, mutation) => {
    const dir = path.join(tmp, `case-${cases++}`);
    copyWorkspace(baseline, dir);
    mutation.apply({ dir, git });

    const check = await checkJson(dir, env); // first: cargo must not get to touch anything check reads
    const { result, online } = await cargoVerdict(dir);
    const truth = result.code === 0 ? 'fresh' : 'stale';
    const row: Row = { mutation: name, check: check.verdict, cargo: truth, online, reasons: check.reasons, checkError: check.error, cargoError: firstError(result.stderr) };
    rows.push(row);
    fs.rmSync(dir, { recursive: true, force: true });

    // One string, so a failure shows the mutation, cargo's stderr and check's output together.
    const detail = `${name}: check says ${check.verdict}, cargo says ${truth}\n` +
      `cargo stderr:\n${result.stderr.trim()}\ncheck:\n${check.error ?? JSON.stringify(check.reasons, null, 2)}`;
    // Refusing the input (exit 2) is only right when cargo refuses it too.
    expect(disagrees(row) ? detail : 'agree').toBe('agree');
    if (check.verdict === 'error') return;
    expect(check.code).toBe(EXIT_CODE[check.verdict]);

    for (const r of check.reasons.filter((x) => x.verdict === 'stale')) {
      const { file, line, col } = r.location;
      const inside = path.resolve(file).startsWith(dir + path.sep) && line !== undefined && line >= 1 && col !== undefined && col >= 1;
      expect(inside ? 'inside' : `${name}: reason ${r.code} is not located at file:line:col inside ${dir}: ${JSON.stringify(r.location)}`).toBe('inside');
    }
  }, 60_000);

  test('check decides at least 90% of the mutations', () => {
    expect(rows.length).toBe(MUTATIONS.length);
    const decided = rows.filter((r) => r.check === 'fresh' || r.check === 'stale');
    const undecided = rows.filter((r) => !decided.includes(r)).map((r) => `${r.mutation}: ${r.check}`);
    expect(decided.length >= 0.9 * rows.length ? 'enough' : `decided ${decided.length}/${rows.length}; not: ${undecided.join('; ')}`).toBe('enough');
  });

  test('the cases are a mix of fresh and stale (by cargo)', () => {
    const stale = rows.filter((r) => r.cargo === 'stale').length;
    expect(stale).toBeGreaterThanOrEqual(0.3 * rows.length);
    expect(rows.length - stale).toBeGreaterThanOrEqual(0.3 * rows.length);
  });
});
