// Shared pieces of the load tests: async child processes (the registry
// server runs inside Jest, so nothing here may block the event loop), a
// fixture registry served on free ports behind a proxy that counts requests
// in flight, and a consistency check of a CARGO_HOME against its plan.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startRegistry, type RunningRegistry } from '../../test-support/registry/index.js';
import { CARGO_BIN } from '../../test-support/cargo.js';
import { listFiles } from '../../src/cargo/util/paths.js';
import { REPO } from '../helpers.js';
import { tempDir } from '../../test-support/tmp.js';

export { CARGO_BIN, describeWithCargo } from '../../test-support/cargo.js';
export const CLI = path.join(REPO, 'dist', 'cli.js');
export const hasDist = fs.existsSync(CLI);

export function tmpDir(prefix: string): string {
  return tempDir(`cc-load-${prefix}-`);
}

export { removeTempDirs as removeTmpDirs } from '../../test-support/tmp.js';

/** PATH with cargo first, CARGO_HOME set, and nothing from the parent that could point cargo elsewhere. */
export function childEnv(cargoHome: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CARGO_HOME: cargoHome, CARGO_TERM_COLOR: 'never', ...extra };
  env.PATH = `${CARGO_BIN}${path.delimiter}${process.env.PATH}`;
  delete env.NODE_OPTIONS;
  if (extra.NODE_OPTIONS) env.NODE_OPTIONS = extra.NODE_OPTIONS;
  return env;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface Child {
  pid: number;
  done: Promise<Exit>;
  kill(signal: NodeJS.Signals): void;
}

export function start(cmd: string, args: string[], opts: { cwd?: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Child {
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: opts.cwd ?? REPO, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 240_000);
  const done = new Promise<Exit>((resolve) => {
    child.once('error', (e) => {
      clearTimeout(timer);
      resolve({ code: 127, signal: null, stdout, stderr: stderr + String(e), ms: performance.now() - t0 });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 });
    });
  });
  return { pid: child.pid ?? -1, done, kill: (s) => child.kill(s) };
}

export function run(cmd: string, args: string[], opts: { cwd?: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Exit> {
  return start(cmd, args, opts).done;
}

/** `node dist/cli.js fetch <dir> [args]` as a child process. */
export function startFetch(dir: string, cargoHome: string, args: string[] = [], extraEnv: Record<string, string> = {}): Child {
  return start(process.execPath, [CLI, 'fetch', dir, ...args], { env: childEnv(cargoHome, extraEnv) });
}

/** Real `cargo fetch --locked` in `dir`. */
export function startCargoFetch(dir: string, cargoHome: string): Child {
  return start('cargo', ['fetch', '--locked'], { cwd: dir, env: childEnv(cargoHome) });
}

export const show = (e: Exit): string => `exit ${e.code ?? e.signal}\n--- stdout\n${e.stdout}\n--- stderr\n${e.stderr}`;

/**
 * A pass-through HTTP proxy that records the most requests it ever had open
 * at once: the concurrency bound as the registry sees it.
 */
export interface CountingProxy {
  port: number;
  inFlight: number;
  maxInFlight: number;
  requests: number;
  /** Added before each request is forwarded. */
  latencyMs: number;
  /** When set, `.crate` downloads trickle out in chunks of this many bytes every 10 ms. */
  trickleBytes: number;
  /** Trickled bodies that have sent some bytes but not their last. */
  midBody: number;
  close(): Promise<void>;
}

export async function startCountingProxy(targetPort: () => number): Promise<CountingProxy> {
  const agent = new http.Agent({ keepAlive: true });
  const state = { inFlight: 0, maxInFlight: 0, requests: 0, latencyMs: 0, trickleBytes: 0, midBody: 0 };
  const server = http.createServer({ keepAlive: true }, (req, res) => {
    state.requests++;
    state.maxInFlight = Math.max(state.maxInFlight, ++state.inFlight);
    let open = true;
    const end = (): void => {
      if (open) state.inFlight--;
      open = false;
    };
    // Counted out when the last byte is handed over, not on 'finish': by
    // then the client may already have its next request on the wire.
    const realEnd = res.end.bind(res);
    res.end = ((...args: Parameters<typeof res.end>) => (end(), realEnd(...args))) as typeof res.end;
    res.once('close', end);
    const forward = (): void => {
      const up = http.request(
        { host: '127.0.0.1', port: targetPort(), method: req.method, path: req.url, headers: req.headers, agent },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          if (state.trickleBytes > 0 && req.url?.endsWith('/download')) trickle(upRes, res, state);
          else upRes.pipe(res);
        },
      );
      up.once('error', () => res.destroy());
      req.pipe(up);
    };
    if (state.latencyMs > 0) setTimeout(forward, state.latencyMs);
    else forward();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
        agent.destroy();
      }),
  }) as CountingProxy;
}

// Slow bodies, so a kill can land while a `.crate` is half written.
function trickle(from: http.IncomingMessage, to: http.ServerResponse, state: { trickleBytes: number; midBody: number }): void {
  const size = state.trickleBytes;
  const chunks: Buffer[] = [];
  from.on('data', (c: Buffer) => chunks.push(c));
  from.once('end', () => {
    const body = Buffer.concat(chunks);
    let at = 0;
    let started = false;
    const finish = (): void => {
      if (started) state.midBody--;
      started = false;
    };
    to.once('close', finish);
    const step = (): void => {
      if (to.destroyed) return finish();
      const chunk = body.subarray(at, at + size);
      at += size;
      if (at >= body.length) return void (finish(), to.end(chunk));
      if (!started) state.midBody++;
      started = true;
      to.write(chunk);
      setTimeout(step, 10);
    };
    step();
  });
}

/**
 * A registry root that shares `source`'s index files and crates (symlinks)
 * but whose config.json sends downloads to `dlOrigin`: the fixture registries
 * name their fixed port there.
 */
export function registryView(source: string, dlOrigin: string): string {
  const root = tmpDir('registry-view');
  fs.mkdirSync(path.join(root, 'index'));
  for (const e of fs.readdirSync(path.join(source, 'index'))) {
    if (e !== 'config.json') fs.symlinkSync(path.join(source, 'index', e), path.join(root, 'index', e));
  }
  fs.writeFileSync(path.join(root, 'index', 'config.json'), JSON.stringify({ dl: `${dlOrigin}/api/v1/crates`, api: dlOrigin }) + '\n');
  fs.symlinkSync(path.join(source, 'crates'), path.join(root, 'crates'));
  return root;
}

export interface ServedRegistry {
  /** `sparse+http://127.0.0.1:<proxy>/index/`: everything goes through the proxy. */
  url: string;
  proxy: CountingProxy;
  registry: RunningRegistry;
  close(): Promise<void>;
}

/** `source` (a built fixture registry) on a free port, behind a counting proxy. */
export async function serveRegistry(source: string, opts: { latencyMs?: number } = {}): Promise<ServedRegistry> {
  let target = 0;
  const proxy = await startCountingProxy(() => target);
  const origin = `http://127.0.0.1:${proxy.port}`;
  const registry = await startRegistry({ root: registryView(source, origin), port: 0, latencyMs: opts.latencyMs });
  target = registry.port;
  return {
    url: `sparse+${origin}/index/`,
    proxy,
    registry,
    close: async () => {
      await proxy.close();
      await registry.close();
    },
  };
}

/** Points a workspace's crates-io at `url`, replacing whatever `.cargo/config.toml` said. */
export function useRegistry(dir: string, url: string): void {
  fs.mkdirSync(path.join(dir, '.cargo'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, '.cargo', 'config.toml'),
    `[source.crates-io]\nreplace-with = "load-test"\n\n[source.load-test]\nregistry = ${JSON.stringify(url)}\n`,
  );
}

export interface PlanJson {
  registries: { dir: string; packages: number }[];
  packages: { name: string; version: string; checksum?: string; layout: { kind: string; crate?: string; src?: string; index?: string } }[];
}

/** `crate-cache plan --json`, run as a child. */
export async function planOf(dir: string, cargoHome: string): Promise<PlanJson> {
  const r = await run(process.execPath, [CLI, 'plan', dir, '--json'], { env: childEnv(cargoHome) });
  if (r.code !== 0) throw new Error(`crate-cache plan failed: ${show(r)}`);
  return JSON.parse(r.stdout) as PlanJson;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

const crateName = /^[A-Za-z0-9_-]+-\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?\.crate$/;

/**
 * Everything under registry/cache and registry/src that is not a planned
 * entry, and any `*.tmp` under registry/index: what a killed or racing
 * writer could leave behind.
 */
export function strayEntries(plan: PlanJson, cargoHome: string): string[] {
  const planned = new Set<string>();
  for (const p of plan.packages) {
    if (p.layout.crate) planned.add(p.layout.crate);
    if (p.layout.src) planned.add(p.layout.src);
  }
  const out: string[] = [];
  for (const kind of ['cache', 'src']) {
    for (const r of plan.registries) {
      const rel = path.posix.join('registry', kind, r.dir);
      let names: string[] = [];
      try {
        names = fs.readdirSync(path.join(cargoHome, rel));
      } catch {
        continue;
      }
      for (const n of names) if (!planned.has(`${rel}/${n}`)) out.push(`${rel}/${n}`);
    }
  }
  out.push(...listFiles(cargoHome, 'registry/index').filter((r) => r.endsWith('.tmp')));
  return out.sort();
}

/** Strays that a reader would take for a finished `.crate`. */
export function crateLookalikes(strays: string[]): string[] {
  return strays.filter((s) => crateName.test(path.posix.basename(s)));
}

/**
 * What is wrong with CARGO_HOME for this plan: a planned `.crate` missing or
 * not matching Cargo.lock, a planned source dir without `.cargo-ok` =
 * `{"v":1}`, or anything stray (temp files, half-unpacked dirs).
 */
export function inconsistencies(plan: PlanJson, cargoHome: string): string[] {
  const out: string[] = [];
  for (const p of plan.packages) {
    if (p.layout.kind !== 'registry') continue;
    const crate = path.join(cargoHome, p.layout.crate!);
    if (!fs.existsSync(crate)) out.push(`missing ${p.layout.crate}`);
    else if (sha256(crate) !== p.checksum) out.push(`checksum mismatch ${p.layout.crate}`);
    let ok: string | undefined;
    try {
      ok = fs.readFileSync(path.join(cargoHome, p.layout.src!, '.cargo-ok'), 'utf8');
    } catch {
      ok = undefined;
    }
    if (ok !== '{"v":1}') out.push(`${p.layout.src}/.cargo-ok is ${ok === undefined ? 'missing' : JSON.stringify(ok)}`);
  }
  for (const s of strayEntries(plan, cargoHome)) out.push(`stray ${s}`);
  return out;
}

/** `.crate` files now in the plan's cache dirs that do not match Cargo.lock. */
export function unverifiedCrates(plan: PlanJson, cargoHome: string): string[] {
  const bad: string[] = [];
  for (const p of plan.packages) {
    if (p.layout.kind !== 'registry') continue;
    const crate = path.join(cargoHome, p.layout.crate!);
    if (fs.existsSync(crate) && sha256(crate) !== p.checksum) bad.push(p.layout.crate!);
  }
  return bad;
}

export function countCrates(plan: PlanJson, cargoHome: string): number {
  return plan.packages.filter((p) => p.layout.crate && fs.existsSync(path.join(cargoHome, p.layout.crate))).length;
}

/** Resolves once `pred()` holds, polling; rejects after `timeoutMs`. */
export async function until(pred: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
