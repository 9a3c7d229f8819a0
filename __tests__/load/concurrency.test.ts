// Two writers into one CARGO_HOME: two native fetches, and a native fetch
// racing real `cargo fetch --locked`. Both must succeed and leave cargo's
// layout whole (cargo's `.package-cache` flock is what serialises them).
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { ensureFixtureRegistry } from '../../test-support/registry/index.js';
import { copyExamples } from '../helpers.js';
import {
  countCrates,
  describeWithCargo,
  hasDist,
  inconsistencies,
  planOf,
  removeTmpDirs,
  serveRegistry,
  show,
  startCargoFetch,
  startFetch,
  tmpDir,
  until,
  useRegistry,
  type ServedRegistry,
} from './load_support.js';

jest.setTimeout(120_000);
const maybe = hasDist ? describeWithCargo : describe.skip;

maybe('concurrent fetches into one CARGO_HOME', () => {
  let served: ServedRegistry;
  let dir: string;

  beforeAll(async () => {
    // Slow enough that the two runs really overlap.
    served = await serveRegistry(await ensureFixtureRegistry(), { latencyMs: 40 });
    dir = copyExamples();
    useRegistry(dir, served.url);
  });
  afterAll(async () => {
    await served?.close();
    removeTmpDirs();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  test('two CLI fetches at once both succeed and leave CARGO_HOME consistent', async () => {
    const home = tmpDir('home-2x');
    const a = startFetch(dir, home, ['--concurrency', '4']);
    const b = startFetch(dir, home, ['--concurrency', '4']);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect({ code: ra.code, out: show(ra) }).toMatchObject({ code: 0 });
    expect({ code: rb.code, out: show(rb) }).toMatchObject({ code: 0 });

    const plan = await planOf(dir, home);
    expect(plan.packages.length).toBeGreaterThan(10);
    expect(inconsistencies(plan, home)).toEqual([]);
    // Under the lock the second run finds the first one's work; together they download each crate once.
    const downloaded = [ra, rb].map((r) => Number(/native fetch: (\d+) crate/.exec(r.stdout)?.[1]));
    process.stderr.write(`two CLI fetches: downloads ${downloaded.join(' + ')}, ${ra.ms.toFixed(0)} / ${rb.ms.toFixed(0)} ms\n`);
    expect(downloaded[0] + downloaded[1]).toBe(plan.packages.filter((p) => p.layout.kind === 'registry').length);
  });

  test('a native fetch while `cargo fetch --locked` runs: both succeed, CARGO_HOME consistent', async () => {
    const home = tmpDir('home-cargo');
    // cargo needs a plan's worth of CARGO_HOME layout first; the plan itself needs none.
    const plan = await planOf(dir, home);
    const cargo = startCargoFetch(dir, home);
    // Start once cargo is visibly downloading, so the two overlap.
    await until(() => fs.existsSync(path.join(home, 'registry', 'index')), 30_000, 'cargo to start');
    const native = startFetch(dir, home, ['--concurrency', '4']);
    const [rc, rn] = await Promise.all([cargo.done, native.done]);
    expect({ code: rc.code, out: show(rc) }).toMatchObject({ code: 0 });
    expect({ code: rn.code, out: show(rn) }).toMatchObject({ code: 0 });
    expect(countCrates(plan, home)).toBe(plan.packages.filter((p) => p.layout.kind === 'registry').length);
    expect(inconsistencies(plan, home)).toEqual([]);
    process.stderr.write(`cargo fetch ${rc.ms.toFixed(0)} ms, native fetch ${rn.ms.toFixed(0)} ms: ${rn.stdout.trim()}\n`);
  });
});
