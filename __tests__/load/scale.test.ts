// A lockfile of over 3,000 packages from the generated registry, fetched
// natively with per-request latency: the fetch process stays under 300 MB
// and the registry never sees more requests at once than --concurrency.
// The slowest suite (~90 s: cargo locks the workspace first, then the fetch);
// CRATE_CACHE_LOAD=0 skips it.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { ensureSyntheticRegistry, generateWorkspace, REPO_ROOT } from '../../test-support/registry/index.js';
import {
  childEnv,
  CLI,
  describeWithCargo,
  hasDist,
  inconsistencies,
  planOf,
  removeTmpDirs,
  run,
  serveRegistry,
  show,
  start,
  tmpDir,
  type ServedRegistry,
} from './load_support.js';

const LOAD_GATE = process.env.CRATE_CACHE_LOAD !== '0';
const COUNT = 3000;
const CONCURRENCY = 8;
const LATENCY_MS = 20;
const MAX_RSS_MB = 300;

jest.setTimeout(600_000);
const maybe = LOAD_GATE && hasDist ? describeWithCargo : describe.skip;

/** Prints the process's peak RSS (KiB) on stderr as it exits. */
const PRELOAD = `process.on('exit', () => { try { require('fs').writeSync(2, '\\nmaxRSS_KB=' + process.resourceUsage().maxRSS + '\\n'); } catch {} });\n`;

maybe(`native fetch of a ${COUNT}-package lockfile`, () => {
  let served: ServedRegistry;
  let dir: string;

  beforeAll(async () => {
    const root = await ensureSyntheticRegistry({ count: COUNT, outDir: path.join(REPO_ROOT, '.fixture', `synthetic-${COUNT}`) });
    served = await serveRegistry(root);
    dir = tmpDir('ws-scale');
    generateWorkspace({ dir, registryUrl: served.url, count: COUNT });
    const t0 = performance.now();
    const lock = await run('cargo', ['generate-lockfile'], { cwd: dir, env: childEnv(tmpDir('home-lock')), timeoutMs: 300_000 });
    if (lock.code !== 0) throw new Error(`cargo generate-lockfile failed: ${show(lock)}`);
    process.stderr.write(`scale: locked with cargo in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  });
  afterAll(async () => {
    await served?.close();
    removeTmpDirs();
  });

  test(`peak RSS under ${MAX_RSS_MB} MB and at most ${CONCURRENCY} requests in flight`, async () => {
    const home = tmpDir('home-scale');
    const plan = await planOf(dir, home);
    const registryPkgs = plan.packages.filter((p) => p.layout.kind === 'registry').length;
    expect(registryPkgs).toBeGreaterThanOrEqual(COUNT);

    const preload = path.join(tmpDir('preload'), 'maxrss.cjs');
    fs.writeFileSync(preload, PRELOAD);
    served.proxy.latencyMs = LATENCY_MS;
    served.proxy.maxInFlight = 0;
    const before = served.proxy.requests;
    const r = await start(process.execPath, ['--require', preload, CLI, 'fetch', dir, '--concurrency', String(CONCURRENCY)], {
      env: childEnv(home),
      timeoutMs: 480_000,
    }).done;
    expect({ code: r.code, out: show(r) }).toMatchObject({ code: 0 });

    const maxRssMb = Number(/maxRSS_KB=(\d+)/.exec(r.stderr)?.[1]) / 1024;
    const requests = served.proxy.requests - before;
    process.stderr.write(
      `scale: ${registryPkgs} packages, ${requests} requests, fetch ${(r.ms / 1000).toFixed(1)} s, ` +
        `peak RSS ${maxRssMb.toFixed(0)} MB, max in flight ${served.proxy.maxInFlight}\n${r.stdout}`,
    );
    expect(maxRssMb).toBeGreaterThan(0);
    expect(maxRssMb).toBeLessThan(MAX_RSS_MB);
    // Each package needs its .crate and (at least) its index file.
    expect(requests).toBeGreaterThanOrEqual(registryPkgs);
    expect(served.proxy.maxInFlight).toBeLessThanOrEqual(CONCURRENCY);
    // The bound is reached, not just respected by running one at a time.
    expect(served.proxy.maxInFlight).toBeGreaterThan(1);
    expect(inconsistencies(plan, home)).toEqual([]);
  });
});
