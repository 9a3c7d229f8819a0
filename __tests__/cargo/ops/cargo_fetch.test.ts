// Acceptance tests for the native fetch, with real cargo as the judge: what
// fetchPlans leaves in CARGO_HOME must be what `cargo fetch --locked` leaves,
// and enough for cargo to build offline. Each test serves its own copy of the
// fixture registry on a free port, so it neither waits for nor blocks other
// suites on the fixed one; cargo always runs as an async child, since the
// server answers from this process.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fetchPlans, type FetchOptions, type FetchReport } from '../../../src/cargo/ops/cargo_fetch.js';
import { planLayout, type LayoutPlan, type PlannedPackage } from '../../../src/cargo/ops/layout_plan.js';
import { loadProject } from '../../../src/cargo/ops/project.js';
import type { CargoHomeLayout, RegistryLayout } from '../../../src/cargo/sources/cargo_home_layout.js';
import { CargoError } from '../../../src/cargo/util/errors.js';
import { lockExclusive } from '../../../src/cargo/util/flock.js';
import {
  crateFilePath,
  ensureFixtureRegistry,
  REPO_ROOT,
  startRegistry,
  type Fault,
  type RunningRegistry,
} from '../../../test-support/registry/index.js';
import { CARGO, describeWithCargo } from '../../../test-support/cargo.js';
import { cargoEnv, createGitRepo, runCargo, writeTree, type CargoResult } from '../../differential/workspace_fixture.js';
import { tempDir } from '../../../test-support/tmp.js';

const cargo = CARGO;
const describeCargo = describeWithCargo;

const LONG = 300_000;
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const isDownload = (p: string): boolean => /^\/api\/v1\/crates\/[^/]+\/[^/]+\/download$/.test(p);
const downloadPath = (p: { name: string; version: string }): string => `/api/v1/crates/${p.name}/${p.version}/download`;

const tmpDirs: string[] = [];
function tmpDir(prefix: string): string {
  const d = tempDir(`crate-cache-fetch-${prefix}-`);
  tmpDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

let fixtureRoot: string;
beforeAll(async () => {
  fixtureRoot = await ensureFixtureRegistry();
}, LONG);

/**
 * A private copy of the fixture registry served on a free port; its
 * config.json points downloads at that port.
 */
async function serve(opts: { latencyMs?: number; faults?: Map<string, Fault> } = {}): Promise<RunningRegistry & { root: string }> {
  const root = path.join(tmpDir('registry'), 'registry');
  fs.cpSync(fixtureRoot, root, { recursive: true });
  const reg = await startRegistry({ root, port: 0, ...opts });
  const configFile = path.join(root, 'index', 'config.json');
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { dl: string };
  config.dl = `http://127.0.0.1:${reg.port}/api/v1/crates`;
  fs.writeFileSync(configFile, JSON.stringify(config) + '\n');
  return Object.assign(reg, { root });
}

function sourceConfig(registryUrl: string): string {
  return `[source.crates-io]\nreplace-with = "local"\n\n[source.local]\nregistry = "${registryUrl}"\n`;
}

/** A copy of examples/ resolving crates-io from `reg`. */
function examplesCopy(reg: RunningRegistry): string {
  const ws = path.join(tmpDir('ws'), 'examples');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), ws, { recursive: true, filter: (s) => !s.split(path.sep).includes('target') });
  fs.writeFileSync(path.join(ws, '.cargo', 'config.toml'), sourceConfig(reg.url));
  return ws;
}

interface Fetched {
  plan: LayoutPlan;
  layout: CargoHomeLayout;
  report: FetchReport;
}

function project(ws: string, home: string): { plan: LayoutPlan; layout: CargoHomeLayout } {
  const p = loadProject(ws, { env: cargoEnv(cargo!, home) });
  return { plan: planLayout(p.ws, p.layout), layout: p.layout };
}

async function nativeFetch(ws: string, home: string, opts: FetchOptions = {}): Promise<Fetched> {
  const { plan, layout } = project(ws, home);
  const report = await fetchPlans([plan], layout, opts);
  return { plan, layout, report };
}

const cargoIn = (ws: string, home: string, args: string[]): Promise<CargoResult> => runCargo(cargo!, args, ws, cargoEnv(cargo!, home));

function registryPackages(plan: LayoutPlan): (PlannedPackage & { layout: RegistryLayout })[] {
  return plan.packages.filter((p): p is PlannedPackage & { layout: RegistryLayout } => p.layout.kind === 'registry');
}

/** Every planned .crate is in CARGO_HOME with the sha256 Cargo.lock names. */
function expectAllCratesVerified(home: string, plan: LayoutPlan): void {
  const pkgs = registryPackages(plan);
  expect(pkgs.length).toBeGreaterThan(0);
  const bad = pkgs.filter((p) => {
    const file = path.join(home, p.layout.crate);
    return !fs.existsSync(file) || sha256(fs.readFileSync(file)) !== p.checksum;
  });
  expect(bad.map((p) => `${p.name}-${p.version}`)).toEqual([]);
}

/** path → size and mtime of every file under `dir`. */
function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const rel of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const st = fs.lstatSync(path.join(dir, rel));
    out[rel] = `${st.isDirectory() ? 'dir' : st.size} ${st.mtimeMs}`;
  }
  return out;
}

/** What `diff -r --no-dereference` compares: paths, types, contents, link targets; plus permission bits. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const abs = path.join(dir, rel);
    const st = fs.lstatSync(abs);
    const mode = (st.mode & 0o7777).toString(8);
    if (st.isSymbolicLink()) out.set(rel, `link ${fs.readlinkSync(abs)}`);
    else if (st.isDirectory()) out.set(rel, `dir ${mode}`);
    else if (st.isFile()) out.set(rel, `file ${mode} ${sha256(fs.readFileSync(abs))}`);
    else out.set(rel, `other ${mode}`);
  }
  return out;
}

function treeDiff(a: Map<string, string>, b: Map<string, string>): string[] {
  const diffs: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) if (a.get(k) !== b.get(k)) diffs.push(`${k}: ${a.get(k) ?? 'absent'} vs ${b.get(k) ?? 'absent'}`);
  return diffs.sort();
}

async function waitFor(cond: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describeCargo('native fetch against real cargo', () => {
  test(
    'after a native fetch into an empty CARGO_HOME, cargo builds offline and downloads nothing',
    async () => {
      const reg = await serve();
      const ws = examplesCopy(reg);
      const home = tmpDir('home');
      let fetched: Fetched;
      try {
        fetched = await nativeFetch(ws, home);
      } finally {
        await reg.close();
      }
      expect(fetched.report.downloaded).toBe(registryPackages(fetched.plan).length);
      expectAllCratesVerified(home, fetched.plan);

      const cacheDir = path.join(home, 'registry', 'cache');
      const before = listing(cacheDir);
      const build = await cargoIn(ws, home, ['build', '--locked', '--offline']);
      expect(build.stderr).toMatch(/Finished/);
      expect(build.code).toBe(0);
      expect(listing(cacheDir)).toEqual(before);
    },
    LONG,
  );

  test(
    '.crate files are byte-identical to cargo fetch --locked, and the unpacked sources identical but for timestamps',
    async () => {
      const reg = await serve();
      try {
        const ws = examplesCopy(reg);
        const native = tmpDir('home-native');
        const real = tmpDir('home-cargo');
        const { plan } = await nativeFetch(ws, native);
        const r = await cargoIn(ws, real, ['fetch', '--locked']);
        expect(r.code).toBe(0);
        expectAllCratesVerified(real, plan);

        for (const sub of ['cache', 'src']) {
          const a = path.join(native, 'registry', sub);
          const b = path.join(real, 'registry', sub);
          expect(fs.readdirSync(a).sort()).toEqual(fs.readdirSync(b).sort());
          const ta = tree(a);
          expect(ta.size).toBeGreaterThan(registryPackages(plan).length);
          expect(treeDiff(ta, tree(b))).toEqual([]);
        }
      } finally {
        await reg.close();
      }
    },
    LONG,
  );

  test(
    'online cargo build after a native fetch downloads no .crate and keeps the written index cache',
    async () => {
      const reg = await serve();
      try {
        const ws = examplesCopy(reg);
        const home = tmpDir('home');
        const { plan } = await nativeFetch(ws, home);
        const indexFiles = [...new Set(registryPackages(plan).map((p) => path.join(home, p.layout.index)))];
        const indexBefore = indexFiles.map((f) => fs.readFileSync(f).toString('base64'));
        const seen = reg.requests.length;

        const build = await cargoIn(ws, home, ['build', '--locked']);
        expect(build.stderr).toMatch(/Finished/);
        expect(build.code).toBe(0);

        const requests = reg.requests.slice(seen);
        expect(requests.filter((q) => isDownload(q.path)).map((q) => q.path)).toEqual([]);
        const unconditional = requests
          .filter((q) => !(q.status === 304 && (q.headers['if-none-match'] !== undefined || q.headers['if-modified-since'] !== undefined)))
          .map((q) => `${q.method} ${q.path} ${q.status}`);
        expect(unconditional).toEqual([]);
        expect(indexFiles.map((f) => fs.readFileSync(f).toString('base64'))).toEqual(indexBefore);
      } finally {
        await reg.close();
      }
    },
    LONG,
  );

  test(
    'a git dependency from a local bare repository: native fetch, then cargo builds offline',
    async () => {
      const reg = await serve();
      const ws = path.join(tmpDir('ws'), 'gitws');
      const home = tmpDir('home');
      let fetched: Fetched;
      try {
        const repo = createGitRepo(tmpDir('git'));
        writeTree(ws, {
          '.cargo/config.toml': sourceConfig(reg.url),
          'Cargo.toml': `[package]\nname = "uses-git"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ngitdep = { git = "${repo.url}", branch = "main" }\ncfg-if = "1.0"\n`,
          'src/lib.rs': 'cfg_if::cfg_if! { if #[cfg(unix)] { pub fn f() -> u32 { gitdep::answer() } } else { pub fn f() -> u32 { gitdep::answer() } } }\n',
        });
        const lock = await cargoIn(ws, tmpDir('home-lock'), ['generate-lockfile']);
        expect(lock.stderr).not.toMatch(/error/);
        expect(lock.code).toBe(0);
        expect(fs.readFileSync(path.join(ws, 'Cargo.lock'), 'utf8')).toContain(`#${repo.mainRev}`);

        fetched = await nativeFetch(ws, home);
      } finally {
        await reg.close();
      }
      expect(fetched.report.gitFetched).toBe(1);
      const git = fetched.plan.packages.find((p) => p.name === 'gitdep')!;
      expect(git.layout.kind).toBe('git');
      if (git.layout.kind === 'git') {
        expect(fs.existsSync(path.join(home, git.layout.db))).toBe(true);
        expect(fs.existsSync(path.join(home, git.layout.checkout, 'src', 'lib.rs'))).toBe(true);
      }
      expectAllCratesVerified(home, fetched.plan);

      const build = await cargoIn(ws, home, ['build', '--locked', '--offline']);
      expect(build.stderr).toMatch(/Compiling gitdep v0\.1\.0/);
      expect(build.code).toBe(0);
    },
    LONG,
  );

  test(
    'fetches only what is missing: nothing on a second run, exactly the one deleted .crate after that',
    async () => {
      const reg = await serve();
      try {
        const ws = examplesCopy(reg);
        const home = tmpDir('home');
        const first = await nativeFetch(ws, home);
        const pkgs = registryPackages(first.plan);
        expect(reg.requests.filter((q) => isDownload(q.path)).length).toBe(pkgs.length);

        let seen = reg.requests.length;
        const second = await nativeFetch(ws, home);
        expect(reg.requests.slice(seen).filter((q) => isDownload(q.path))).toEqual([]);
        expect(second.report.downloaded).toBe(0);

        const victim = pkgs[Math.floor(pkgs.length / 2)];
        fs.rmSync(path.join(home, victim.layout.crate));
        seen = reg.requests.length;
        const third = await nativeFetch(ws, home);
        expect(reg.requests.slice(seen).filter((q) => isDownload(q.path)).map((q) => q.path)).toEqual([downloadPath(victim)]);
        expect(third.report.downloaded).toBe(1);
        expectAllCratesVerified(home, first.plan);
      } finally {
        await reg.close();
      }
    },
    LONG,
  );

  test(
    'a native fetch waits for a held .package-cache lock and completes after release',
    async () => {
      const reg = await serve();
      try {
        const ws = examplesCopy(reg);
        const home = tmpDir('home');
        const held = await lockExclusive(path.join(home, '.package-cache'));
        expect(held.held).toBe(true);
        const lines: string[] = [];
        let done = false;
        const fetching = nativeFetch(ws, home, { log: (l) => lines.push(l) }).finally(() => (done = true));
        try {
          await waitFor(() => lines.some((l) => l.includes('Blocking waiting for file lock on package cache')), 'the blocking message');
          expect(done).toBe(false);
          expect(reg.requests).toEqual([]);
        } finally {
          await held.release();
        }
        const { plan, report } = await fetching;
        expect(report.downloaded).toBe(registryPackages(plan).length);
        expectAllCratesVerified(home, plan);
      } finally {
        await reg.close();
      }
    },
    LONG,
  );

  test(
    'cargo fetch started while a native fetch holds the lock waits for it, then finds everything in place',
    async () => {
      // Latency keeps the native fetch (and so the lock) busy for a while.
      const reg = await serve({ latencyMs: 400 });
      try {
        const ws = examplesCopy(reg);
        const home = tmpDir('home');
        let nativeDone = false;
        const fetching = nativeFetch(ws, home).finally(() => (nativeDone = true));
        // The lock is taken before the first request.
        await waitFor(() => reg.requests.length > 0 || nativeDone, 'the native fetch to start');
        expect(nativeDone).toBe(false);
        const real = cargoIn(ws, home, ['fetch', '--locked']);
        const { plan } = await fetching;
        const r = await real;
        expect(r.stderr).toMatch(/Blocking waiting for file lock on package cache/);
        expect(r.code).toBe(0);
        // Each .crate was downloaded once: cargo waited and then had nothing left to do.
        const downloads = reg.requests.filter((q) => isDownload(q.path)).map((q) => q.path).sort();
        expect(downloads).toEqual(registryPackages(plan).map(downloadPath).sort());
        expectAllCratesVerified(home, plan);
      } finally {
        await reg.close();
      }
    },
    LONG,
  );

  test(
    'a corrupted download fails naming the crate, URL and both hashes, and leaves no partial file',
    async () => {
      const victim = { name: 'libc', version: '0.2.139' };
      const reg = await serve({ faults: new Map<string, Fault>([[downloadPath(victim), 'flip']]) });
      try {
        const ws = examplesCopy(reg);
        const home = tmpDir('home');
        const { plan, layout } = project(ws, home);
        const pkg = registryPackages(plan).find((p) => p.name === victim.name && p.version === victim.version)!;
        expect(pkg).toMatchObject({ name: victim.name, version: victim.version });
        const served = Buffer.from(fs.readFileSync(crateFilePath(reg.root, victim.name, victim.version)));
        served[served.length >> 1] ^= 0xff;
        const flippedHash = sha256(served);
        expect(flippedHash).not.toBe(pkg.checksum);

        const err = await fetchPlans([plan], layout).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(CargoError);
        const message = (err as CargoError).message;
        expect(message).toContain(`${victim.name} v${victim.version}`);
        expect(message).toContain(`http://127.0.0.1:${reg.port}${downloadPath(victim)}`);
        expect(message).toContain(pkg.checksum);
        expect(message).toContain(flippedHash);
        expect(message).not.toMatch(/\n/);

        // Right away (the .package-cache lock is released by then, so nothing
        // may still be writing), and again a moment later.
        for (const settle of [0, 1000]) {
          await new Promise((r) => setTimeout(r, settle));
          const cacheDir = path.join(home, 'registry', 'cache', pkg.layout.dir);
          const wanted = new Map(registryPackages(plan).map((p) => [path.basename(p.layout.crate), p.checksum]));
          const files = fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : [];
          expect(files).not.toContain(path.basename(pkg.layout.crate));
          const partial = files.filter((f) => {
            const checksum = wanted.get(f);
            return checksum === undefined || f === path.basename(pkg.layout.crate) || sha256(fs.readFileSync(path.join(cacheDir, f))) !== checksum;
          });
          expect({ settle, partial }).toEqual({ settle, partial: [] });
          const cacheRoot = path.join(home, 'registry', 'cache');
          expect(fs.existsSync(cacheRoot) ? fs.readdirSync(cacheRoot) : []).toEqual(fs.existsSync(cacheDir) ? [pkg.layout.dir] : []);
        }
        expect(fs.existsSync(path.join(home, pkg.layout.src))).toBe(false);
      } finally {
        await reg.close();
      }
    },
    LONG,
  );
});
