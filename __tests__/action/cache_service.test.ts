// The production values of the action's cache-service timers: what the code
// uses when no CRATE_CACHE_*_TIMEOUT_MS is set, and what the README and
// docs/reliability.md say. The e2e fault tests shorten these timers to
// seconds; this suite is what ties the long ones to the documentation, on
// fake timers (so it takes milliseconds, not the 45 s and 90 s themselves).
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers.js';

const never = () => new Promise<never>(() => undefined);
const restoreCache = jest.fn<(...args: unknown[]) => Promise<string | undefined>>(never);
const saveCache = jest.fn<(...args: unknown[]) => Promise<number>>(never);
const warnings: string[] = [];

jest.unstable_mockModule('@actions/cache', () => ({
  isFeatureAvailable: () => true,
  restoreCache,
  saveCache,
  ReserveCacheError: class ReserveCacheError extends Error {},
}));
jest.unstable_mockModule('@actions/core', () => ({
  warning: (m: string) => warnings.push(m),
  info: () => undefined,
}));

const TIMER_VARS = ['CRATE_CACHE_LOOKUP_TIMEOUT_MS', 'CRATE_CACHE_SAVE_TIMEOUT_MS', 'CRATE_CACHE_TRANSFER_TIMEOUT_MS'];
const saved = Object.fromEntries(TIMER_VARS.map((v) => [v, process.env[v]]));
for (const v of TIMER_VARS) delete process.env[v];
const service = await import('../../src/action/cache_service.js');
for (const [v, value] of Object.entries(saved)) if (value !== undefined) process.env[v] = value;

/** Settles `p` after advancing fake time by `ms`; undefined if it is still pending. */
async function after<T>(p: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  let settled: { value: T } | undefined;
  void p.then((value) => (settled = { value }));
  await jest.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('cache-service timers: production values', () => {
  beforeAll(() => {
    jest.useFakeTimers();
  });
  afterAll(() => {
    jest.useRealTimers();
  });

  test('the defaults are what the README and docs/reliability.md state', () => {
    expect(service.DEFAULT_TIMEOUTS_MS).toEqual({ lookup: 45_000, save: 90_000, transfer: 20 * 60_000 });
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('45 s for a lookup, 90 s plus upload time for a save, 20 minutes for a download');
    for (const v of TIMER_VARS) expect(readme).toContain(`\`${v}\``);
    const doc = fs.readFileSync(path.join(REPO, 'docs', 'reliability.md'), 'utf8').replace(/\s+/g, ' ');
    expect(doc).toContain('45 s for a lookup (`CRATE_CACHE_LOOKUP_TIMEOUT_MS`), 90 s (`CRATE_CACHE_SAVE_TIMEOUT_MS`) plus');
    expect(doc).toContain('20 minutes for the download after a hit (`CRATE_CACHE_TRANSFER_TIMEOUT_MS`)');
  });

  test('a hanging lookup is given up after 45 s, not before: a miss with a warning', async () => {
    warnings.length = 0;
    const p = service.restore(['/x'], 'key', [], false);
    expect(await after(p, 44_900)).toBeUndefined();
    expect(await after(p, 200)).toEqual({ value: { hit: 'miss' } });
    expect(warnings).toEqual(['Restoring the cache failed, continuing without it: the cache service did not answer within 45 s']);
    expect(service.abandoned()).toBe(true);
  });

  test('a download after a hit is given up after 20 minutes, not before', async () => {
    warnings.length = 0;
    restoreCache.mockImplementationOnce(async () => 'key').mockImplementationOnce(never);
    const p = service.restore(['/x'], 'key', [], false);
    expect(await after(p, 20 * 60_000 - 100)).toBeUndefined();
    expect(await after(p, 200)).toEqual({ value: { hit: 'miss' } });
    expect(warnings).toEqual(['Restoring the cache failed, continuing without it: the cache download did not answer within 1200 s']);
  });

  test('a hanging save of 4 MiB is given up after 90 s plus 2 s of upload time, not before', async () => {
    warnings.length = 0;
    const p = service.save(['/x'], 'key', 4 << 20);
    expect(await after(p, 91_900)).toBeUndefined();
    expect(await after(p, 200)).toEqual({ value: 'failed' });
    expect(warnings).toEqual(['Saving the cache failed; the job is not affected: the cache service did not answer within 92 s']);
  });
});
