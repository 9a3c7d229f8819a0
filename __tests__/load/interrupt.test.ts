// A native fetch SIGKILLed halfway through its downloads: every `.crate`
// that survives verifies, leftovers never look like a finished `.crate`, and
// a second run completes.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { ensureFixtureRegistry } from '../../test-support/registry/index.js';
import { copyExamples } from '../helpers.js';
import {
  countCrates,
  crateLookalikes,
  describeWithCargo,
  hasDist,
  inconsistencies,
  planOf,
  removeTmpDirs,
  serveRegistry,
  show,
  startFetch,
  strayEntries,
  tmpDir,
  until,
  unverifiedCrates,
  useRegistry,
  type PlanJson,
  type ServedRegistry,
} from './load_support.js';

jest.setTimeout(120_000);
const maybe = hasDist ? describeWithCargo : describe.skip;

maybe('a native fetch killed with SIGKILL', () => {
  let served: ServedRegistry;
  let dir: string;
  let plan: PlanJson;
  let home: string;
  let total: number;

  beforeAll(async () => {
    served = await serveRegistry(await ensureFixtureRegistry(), { latencyMs: 50 });
    dir = copyExamples();
    useRegistry(dir, served.url);
    home = tmpDir('home-kill');
    plan = await planOf(dir, home);
    total = plan.packages.filter((p) => p.layout.kind === 'registry').length;
  });
  afterAll(async () => {
    await served?.close();
    removeTmpDirs();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  test('leaves only verified .crate files, and a rerun completes', async () => {
    // Bodies trickle (16 KiB per 10 ms), and the kill waits for one that is
    // partly sent, so it lands while a download is half written.
    served.proxy.trickleBytes = 16 * 1024;
    const first = startFetch(dir, home, ['--concurrency', '3']);
    const half = Math.floor(total / 2);
    const ready = (): boolean => countCrates(plan, home) >= half && served.proxy.midBody > 0;
    await until(ready, 60_000, `${half} of ${total} crates and a body half sent`).catch(async (e) => {
      first.kill('SIGKILL');
      throw new Error(`${(e as Error).message}\n${show(await first.done)}`);
    });
    const midBodyAtKill = served.proxy.midBody;
    const inFlightAtKill = served.proxy.inFlight;
    first.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');

    const present = countCrates(plan, home);
    expect(present).toBeGreaterThanOrEqual(half);
    expect(present).toBeLessThan(total);
    expect(midBodyAtKill).toBeGreaterThan(0);
    expect(inFlightAtKill).toBeGreaterThanOrEqual(midBodyAtKill);
    expect(unverifiedCrates(plan, home)).toEqual([]);
    const leftAfterKill = strayEntries(plan, home);
    expect(crateLookalikes(leftAfterKill)).toEqual([]);
    process.stderr.write(`after SIGKILL (${inFlightAtKill} downloads in flight, ${midBodyAtKill} half sent): ${present}/${total} crates, leftovers: ${JSON.stringify(leftAfterKill)}\n`);

    served.proxy.trickleBytes = 0;
    const second = await startFetch(dir, home, ['--concurrency', '3']).done;
    expect({ code: second.code, out: show(second) }).toMatchObject({ code: 0 });
    expect(second.stdout).toContain(`native fetch: ${total - present} crate(s)`);
    // Leftovers of the killed run may stay (reported), but the rerun adds none of its own.
    const leftAfterRerun = strayEntries(plan, home);
    expect(leftAfterRerun.filter((s) => !leftAfterKill.includes(s))).toEqual([]);
    const wrong = inconsistencies(plan, home).filter((s) => !leftAfterKill.some((k) => s === `stray ${k}`));
    expect(wrong).toEqual([]);
    process.stderr.write(`after rerun: leftovers ${JSON.stringify(leftAfterRerun)}\n`);
  });
});
