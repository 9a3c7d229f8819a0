// The native fetch against registries that behave differently on the wire
// (issue 11, item 1), through the bundled dist/main.js as the runner runs
// it. Before undici 8, a server that closes the connection after a response
// (a plain HTTP/1.0 file server, or `Connection: close`) crashed the main
// step in most runs with `AssertionError: assert(!this.paused)`, thrown from
// a socket handler where nothing could catch it.
//
// Each transport gets RUNS cold main steps, each with an empty CARGO_HOME:
// every one must exit 0 with no warning and no stack trace, the native fetch
// itself (not the cargo fallback) must fetch every crate, and cargo must then
// build offline from what it wrote. test-support/step_probe.cjs slows the
// downloads' disk writes, so bodies meet real backpressure, and counts the
// FINs that reached a body paused by it: the test proves that state happened
// on every transport that closes connections. Measured with the same probe
// on the undici 6 build: 17 of 18 runs crashed on those transports.
import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startCacheService, type CacheService } from '../../test-support/cache-service/index.js';
import { startPrivateFixture, type RunningRegistry, type Transport } from '../../test-support/registry/index.js';
import { runStep, type StepResult } from '../../test-support/runner.js';
import { makeTestCa, type TestCa } from '../../test-support/tls.js';
import { removeTempDirs, REPO, tempDir } from '../helpers.js';
import { CARGO_BIN, fixtureWorkspaceUsing, describeWithCargo } from './scenario.js';
import { keptDir } from '../../test-support/tmp.js';

const d = describeWithCargo;
jest.setTimeout(600_000);

const RUNS = 20;
/** Main steps at once. */
const PARALLEL = 3;
/** Delay per write of a download, for backpressure. */
const SLOW_WRITE_MS = 5;
/** The matrix (`keep-alive`, the default, is what every other suite uses). */
const MATRIX: readonly Transport[] = ['http1.0', 'http1.0-eof', 'close', 'idle-100ms', 'chunked', 'h2'];
/** Transports whose server closes after each response, so a FIN can meet a paused body. */
const CLOSING: readonly Transport[] = ['http1.0', 'http1.0-eof', 'close'];
const PROBE = path.join(REPO, 'test-support', 'step_probe.cjs');
/** The target dir scenario.ts's job() shares, so that only the first suite compiles the crates. */
const TARGET_DIR = keptDir('crate-cache-e2e-target');

interface ProbeStats {
  ends: number;
  pausedAtEnd: number;
  crashes: number;
}

interface Run {
  step: StepResult;
  home: string;
  probe: ProbeStats;
}

let service: CacheService;
let scratch: string;
let ca: TestCa;

beforeAll(async () => {
  scratch = tempDir('cc-transports-');
  ca = makeTestCa(scratch);
  service = await startCacheService({ azuritePort: 0, shimPort: 0 });
});

afterAll(async () => {
  await service?.close();
  removeTempDirs();
});

/**
 * A private fixture registry with this transport, and a copy of the
 * `transports` workspace (9 packages; syn's and serde_json's bodies are
 * 237 and 144 KB) that uses it and trusts the test CA.
 */
async function served(transport: Transport): Promise<{ reg: RunningRegistry; ws: string }> {
  const reg = await startPrivateFixture(fs.mkdtempSync(path.join(scratch, `reg-${transport}-`)), { transport, tls: ca });
  const ws = fixtureWorkspaceUsing('transports', reg);
  fs.appendFileSync(path.join(ws, '.cargo', 'config.toml'), `\n[http]\ncainfo = ${JSON.stringify(ca.caFile)}\n`);
  return { reg, ws };
}

async function coldMain(ws: string, env: Record<string, string> = {}, inputs: Record<string, string> = {}): Promise<Run> {
  const home = fs.mkdtempSync(path.join(scratch, 'home-'));
  const out = path.join(home, '..', `${path.basename(home)}.probe.json`);
  const step = await runStep('dist/main.js', {
    cwd: ws,
    inputs: { fetch: 'native', ...inputs },
    env: {
      ...service.env,
      CARGO_HOME: home,
      PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}`,
      NODE_OPTIONS: `--require ${PROBE}`,
      CC_PROBE_OUT: out,
      CC_PROBE_SLOW_WRITE_MS: String(SLOW_WRITE_MS),
      ...env,
    },
  });
  const probe = JSON.parse(fs.readFileSync(out, 'utf8')) as ProbeStats;
  return { step, home, probe };
}

async function pool<T>(n: number, parallel: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

function stackTrace(r: StepResult): string | undefined {
  return /AssertionError|^\s+at .+:\d+:\d+\)?$/m.exec(`${r.stdout}\n${r.stderr}`)?.[0];
}

function leftovers(home: string): string[] {
  return (fs.readdirSync(home, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'));
}

/** A step that fetched natively: no warning, nothing still missing, every registry crate downloaded. */
function expectCleanNativeFetch(run: Run): void {
  const { step } = run;
  expect({ code: step.code, stack: stackTrace(step) }).toEqual({ code: 0, stack: undefined });
  expect(step.annotations.filter((a) => a.level !== 'notice').map((a) => a.message)).toEqual([]);
  const crates = Number(step.outputs.crates);
  expect(crates).toBeGreaterThan(0);
  expect(step.stdout).toContain(`native fetch: ${crates} crate(s)`);
  expect(step.stdout).not.toContain('cargo fetch --locked');
  expect(leftovers(run.home)).toEqual([]);
}

function offlineBuild(ws: string, home: string): { status: number | null; stderr: string } {
  const r = spawnSync('cargo', ['build', '--locked', '--offline'], {
    cwd: ws,
    encoding: 'utf8',
    env: { ...process.env, CARGO_HOME: home, CARGO_TARGET_DIR: TARGET_DIR, CARGO_TERM_COLOR: 'never', PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}` },
  });
  return { status: r.status, stderr: r.stderr.split('\n').slice(-5).join('\n') };
}

d('the native fetch on every kind of registry server (bundled main step)', () => {
  describe.each(MATRIX)('%s', (transport) => {
    test(`${RUNS} cold main steps: no crash, every crate fetched natively, then an offline build`, async () => {
      const { reg, ws } = await served(transport);
      try {
        const runs = await pool(RUNS, PARALLEL, () => coldMain(ws));
        for (const run of runs) expectCleanNativeFetch(run);
        const paused = runs.reduce((n, r) => n + r.probe.pausedAtEnd, 0);
        process.stdout.write(`${transport}: ${paused} FIN(s) met a body paused by backpressure in ${RUNS} runs\n`);
        // The state undici 6 crashed in. Measured: 3 to 8 per 6 runs on each
        // closing transport, so 20 runs with none would mean the test no
        // longer exercises it.
        if (CLOSING.includes(transport)) expect(paused).toBeGreaterThan(0);

        const versions = new Set(reg.requests.map((q) => q.httpVersion));
        expect([...versions]).toEqual([transport === 'h2' ? '2.0' : '1.1']);

        const last = runs[runs.length - 1];
        expect(offlineBuild(ws, last.home)).toEqual({ status: 0, stderr: expect.any(String) });
        for (const run of runs) fs.rmSync(run.home, { recursive: true, force: true });
      } finally {
        await reg.close();
      }
    });
  });

  test('http.multiplexing = false keeps an HTTPS registry that offers HTTP/2 on HTTP/1.1', async () => {
    const { reg, ws } = await served('h2');
    try {
      const run = await coldMain(ws, { CARGO_HTTP_MULTIPLEXING: 'false' });
      expectCleanNativeFetch(run);
      expect([...new Set(reg.requests.map((q) => q.httpVersion))]).toEqual(['1.1']);
    } finally {
      await reg.close();
    }
  });
});

d('an uncaught exception or unhandled rejection never ends a step with a stack trace', () => {
  test.each(['exception', 'rejection'])('an uncaught %s during the native fetch: a warning, then cargo fetch fetches everything', async (kind) => {
    const { reg, ws } = await served('keep-alive');
    try {
      const run = await coldMain(ws, { CC_PROBE_CRASH_PORT: String(reg.port), CC_PROBE_CRASH_KIND: kind });
      expect(run.probe.crashes).toBe(1);
      const { step } = run;
      expect({ code: step.code, stack: stackTrace(step) }).toEqual({ code: 0, stack: undefined });
      const warnings = step.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
      const label = kind === 'exception' ? 'uncaught exception' : 'unhandled rejection';
      expect(warnings).toEqual([
        expect.stringMatching(new RegExp(`^crate-cache: ${label}: injected (crash|rejection) from a socket callback; abandoning the work in progress$`)),
        expect.stringMatching(/^native fetch failed, falling back to cargo fetch --locked: .*aborted/),
      ]);
      expect(leftovers(run.home)).toEqual([]);
      expect(offlineBuild(ws, run.home)).toEqual({ status: 0, stderr: expect.any(String) });
    } finally {
      await reg.close();
    }
  });

  test('an uncaught exception in the post step: a warning, exit 0, and the save still goes through', async () => {
    const { reg, ws } = await served('keep-alive');
    try {
      const main = await coldMain(ws, {}, { 'key-prefix': 'crash-post' });
      expectCleanNativeFetch(main);
      const shimPort = new URL(service.env.ACTIONS_RESULTS_URL).port;
      const post = await runStep('dist/post.js', {
        cwd: ws,
        state: main.step.state,
        inputs: { 'key-prefix': 'crash-post' },
        env: {
          ...service.env,
          CARGO_HOME: main.home,
          PATH: `${CARGO_BIN}${path.delimiter}${process.env.PATH}`,
          NODE_OPTIONS: `--require ${PROBE}`,
          CC_PROBE_CRASH_PORT: shimPort,
        },
      });
      expect({ code: post.code, stack: stackTrace(post) }).toEqual({ code: 0, stack: undefined });
      expect(post.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
        'crate-cache: uncaught exception: injected crash from a socket callback',
      ]);
      expect(service.entries().filter((e) => e.finalized).map((e) => e.key)).toContain(main.step.outputs['cache-key']);
    } finally {
      await reg.close();
    }
  });
});
