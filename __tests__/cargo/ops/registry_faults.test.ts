// Registry faults not covered by the client's own tests (docs/reliability.md):
// 403, 401 on a registry that says `auth-required`, and a host that cannot be
// reached. Each is driven through the native fetch of a real plan and must
// end in one clear error naming the crate, URL or registry, with no partial
// file left under CARGO_HOME.
import fs from 'node:fs';
import path from 'node:path';
import { fetchPlans } from '../../../src/cargo/ops/cargo_fetch.js';
import { planLayout, type LayoutPlan } from '../../../src/cargo/ops/layout_plan.js';
import { loadProject, type Project } from '../../../src/cargo/ops/project.js';
import { DEFAULT_CARGO_VERSION } from '../../../src/cargo/util/cargo_version.js';
import {
  ensureFixtureRegistry,
  FIXTURE_REGISTRY_URL,
  indexPath,
  REPO_ROOT,
  startPrivateFixture,
  type RunningRegistry,
} from '../../../test-support/registry/index.js';
import { filesUnder, rejection, removeTempDirs, tempDir } from '../../helpers.js';


interface Setup {
  project: Project;
  plan: LayoutPlan;
  home: string;
}

/** A copy of examples/ whose crates.io replacement points at `indexUrl`, planned against a fresh CARGO_HOME. */
function workspace(indexUrl: string, extraConfig = ''): Setup {
  const ws = path.join(tempDir('cc-ws-'), 'examples');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), ws, { recursive: true, filter: (s) => !s.split(path.sep).includes('target') });
  const config = path.join(ws, '.cargo', 'config.toml');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(FIXTURE_REGISTRY_URL, indexUrl) + extraConfig);
  const home = tempDir('cc-home-');
  const project = loadProject(ws, { env: { ...process.env, CARGO_HOME: home }, cargoVersion: DEFAULT_CARGO_VERSION });
  return { project, plan: planLayout(project.ws, project.layout), home };
}

function fetch(s: Setup, token?: string): Promise<unknown> {
  return fetchPlans([s.plan], s.project.layout, { timeoutMs: 2000, token: () => token });
}

/**
 * What a failed fetch may leave, checked the moment it settles: whole files
 * only, never a temp file, and no .crate of the failing package. (The fetch
 * holds cargo's package-cache lock; nothing may still be writing once it
 * has returned and let go of it.)
 */
function expectNoPartialFiles(home: string, failing?: { name: string; version: string }): void {
  const files = filesUnder(path.join(home, 'registry'));
  expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  if (failing) expect(files.filter((f) => path.basename(f) === `${failing.name}-${failing.version}.crate`)).toEqual([]);
}

describe('registry faults through the native fetch', () => {
  let root: string;
  let reg: RunningRegistry | undefined;
  const dlPath = (p: { name: string; version: string }): string => `/api/v1/crates/${p.name}/${p.version}/download`;
  const registryPkg = (s: Setup, name: string) => s.plan.packages.find((p) => p.name === name && p.layout.kind === 'registry')!;

  /** Serves a private copy of the fixture whose config.json is `config` (its `dl` on this server's port). */
  const serve = async (config: Record<string, unknown> = {}): Promise<RunningRegistry> => {
    root = tempDir('cc-registry-');
    return startPrivateFixture(root, { config });
  };

  // Built up front, not inside the first test's timeout.
  beforeAll(() => ensureFixtureRegistry());
  afterEach(async () => {
    await reg?.close();
    reg = undefined;
  });

  test('403 on a .crate: one error naming the crate, the URL and the status; not retried, nothing half-written', async () => {
    reg = await serve();
    const s = workspace(reg.url);
    const p = registryPkg(s, 'cfg-if');
    reg.faults.set(dlPath(p), 403);
    const e = await rejection(fetch(s));
    expect(e.message).toContain(`\`${p.name} v${p.version}\``);
    expect(e.message).toContain(`http://127.0.0.1:${reg.port}${dlPath(p)}`);
    expect(e.message).toContain('403');
    expect(e.message).not.toContain('\n');
    expect(reg.requests.filter((q) => q.path === dlPath(p))).toHaveLength(1);
    expectNoPartialFiles(s.home, p);
  });

  test('403 on an index file: one error naming the crate and the URL; that crate gets no cache file', async () => {
    reg = await serve();
    const s = workspace(reg.url);
    const p = registryPkg(s, 'smallvec');
    const file = `/index/${indexPath(p.name)}`;
    reg.faults.set(file, 403);
    const e = await rejection(fetch(s));
    expect(e.kind).toBe('index');
    expect(e.message).toContain(`\`${p.name}\``);
    expect(e.message).toContain(`http://127.0.0.1:${reg.port}${file}`);
    expect(e.message).toContain('403');
    expect(fs.existsSync(path.join(s.home, p.layout.kind === 'registry' ? p.layout.index : ''))).toBe(false);
    expectNoPartialFiles(s.home, p);
  });

  test('401 from an auth-required registry without a token: one error naming config.json’s URL; nothing written', async () => {
    reg = await serve({ 'auth-required': true });
    const s = workspace(reg.url);
    reg.faults.set('/index/config.json', 401);
    const e = await rejection(fetch(s));
    expect(e.message).toContain(`http://127.0.0.1:${reg.port}/index/config.json`);
    expect(e.message).toContain('401');
    // Cargo's protocol: asked once without credentials, and there is no token to try.
    expect(reg.requests.filter((q) => q.path === '/index/config.json')).toHaveLength(1);
    expect(filesUnder(path.join(s.home, 'registry'))).toEqual([]);
  });

  test('401 on a download from an auth-required registry that rejects the token: names the crate and URL, never the token', async () => {
    const token = 'Bearer rejected-s3cr3t';
    reg = await serve({ 'auth-required': true });
    const s = workspace(reg.url);
    const p = registryPkg(s, 'log');
    reg.faults.set(dlPath(p), 401);
    const e = await rejection(fetch(s, token));
    expect(e.message).toContain(`\`${p.name} v${p.version}\``);
    expect(e.message).toContain(`http://127.0.0.1:${reg.port}${dlPath(p)}`);
    expect(e.message).toContain('401');
    expect(e.message).not.toContain('s3cr3t');
    // The token was offered, as auth-required asks, and a 401 is not retried.
    const tried = reg.requests.filter((q) => q.path === dlPath(p));
    expect(tried.map((q) => q.headers.authorization)).toEqual([token]);
    expectNoPartialFiles(s.home, p);
  });

  test('an index host that does not resolve: one error naming the URL, after the retries; nothing written', async () => {
    // `.invalid` never resolves (RFC 2606), with or without a network.
    const url = 'sparse+http://crate-cache-unreachable.invalid/index/';
    const s = workspace(url);
    const t0 = Date.now();
    const e = await rejection(fetch(s));
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(e.message).toContain('http://crate-cache-unreachable.invalid/index/config.json');
    expect(e.message).toMatch(/ENOTFOUND|EAI_AGAIN/);
    expect(e.message).not.toContain('\n');
    expect(filesUnder(path.join(s.home, 'registry'))).toEqual([]);
  });

  test('a download host that cannot be reached: one error naming the crate and URL; no .crate, no temp file', async () => {
    reg = await serve({ dl: 'http://crate-cache-unreachable.invalid/api/v1/crates' });
    const s = workspace(reg.url);
    const e = await rejection(fetch(s));
    expect(e.message).toMatch(/`[\w-]+ v\d+\.\d+\.\d+[^`]*`/);
    expect(e.message).toMatch(/http:\/\/crate-cache-unreachable\.invalid\/api\/v1\/crates\/[\w-]+\/[^/]+\/download/);
    expect(e.message).toMatch(/ENOTFOUND|EAI_AGAIN/);
    expect(filesUnder(path.join(s.home, 'registry', 'cache'))).toEqual([]);
    expectNoPartialFiles(s.home);
  });
});
