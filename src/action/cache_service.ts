import * as cache from '@actions/cache';
import * as core from '@actions/core';

export type HitKind = 'exact' | 'partial' | 'miss';

export interface RestoreResult {
  hit: HitKind;
  matchedKey?: string;
}

/**
 * The cache library sets no timeout on its service calls, so a service that
 * stops answering would hold the job until the runner kills it. Every call
 * races a timer; a call left behind is abandoned (`abandoned()` tells the
 * step to exit instead of waiting for its socket).
 */
let leftBehind = false;

export function abandoned(): boolean {
  return leftBehind;
}

class TimedOut extends Error {}

async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      leftBehind = true;
      reject(new TimedOut(`${what} did not answer within ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The timers' defaults, as the README states them. */
export const DEFAULT_TIMEOUTS_MS = { lookup: 45_000, save: 90_000, transfer: 20 * 60_000 } as const;

/** A positive number of milliseconds from the environment, else the default. */
function timeoutFromEnv(name: string, fallback: number): number {
  const ms = Number(process.env[name]);
  return ms > 0 ? ms : fallback;
}

const LOOKUP_MS = timeoutFromEnv('CRATE_CACHE_LOOKUP_TIMEOUT_MS', DEFAULT_TIMEOUTS_MS.lookup);
const TRANSFER_MS = timeoutFromEnv('CRATE_CACHE_TRANSFER_TIMEOUT_MS', DEFAULT_TIMEOUTS_MS.transfer);
/** The save's timer before the upload time is added. */
const SAVE_MS = timeoutFromEnv('CRATE_CACHE_SAVE_TIMEOUT_MS', DEFAULT_TIMEOUTS_MS.save);

/**
 * `restoreCache` that never throws: a cache service that is down, failing or
 * hanging costs a cold build, never the job. The lookup alone has a short
 * timeout; the download that follows a hit gets a long one.
 */
export async function restore(paths: string[], key: string, restoreKeys: string[], lookupOnly: boolean): Promise<RestoreResult> {
  if (!cache.isFeatureAvailable()) {
    core.warning('The GitHub cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN unset); continuing without a cache.');
    return { hit: 'miss' };
  }
  try {
    const found = await within(LOOKUP_MS, 'the cache service', cache.restoreCache(paths, key, restoreKeys, { lookupOnly: true }));
    if (!found) return { hit: 'miss' };
    const matchedKey = lookupOnly ? found : await within(TRANSFER_MS, 'the cache download', cache.restoreCache(paths, found, [], {}));
    if (!matchedKey) {
      core.warning(`The cache entry ${found} was found but could not be restored; continuing without it.`);
      return { hit: 'miss' };
    }
    return { hit: matchedKey === key ? 'exact' : 'partial', matchedKey };
  } catch (e) {
    core.warning(`Restoring the cache failed, continuing without it: ${message(e)}`);
    return { hit: 'miss' };
  }
}

export type SaveOutcome = 'saved' | 'exists' | 'failed';

/**
 * `saveCache` that never throws. The library reports most failures (a
 * refused or failing service, a conflicting create) only as "-1" and an info
 * line, so a -1 is checked with a lookup: an entry that exists now was saved
 * by another job (not an error); otherwise this one warns.
 */
export async function save(paths: string[], key: string, bytes: number): Promise<SaveOutcome> {
  // GNU tar's --posix format (which @actions/cache asks for) adds a 1 KiB pax
  // header to every entry for atime, ctime and sub-second mtime. Nothing
  // restores the first two and cargo needs no sub-second mtime, so they are
  // left out (the ustar header keeps mtime in seconds). Other tars ignore TAR_OPTIONS.
  const tarOptions = process.env.TAR_OPTIONS;
  process.env.TAR_OPTIONS = [tarOptions, '--pax-option=delete=atime,delete=ctime,delete=mtime'].filter(Boolean).join(' ');
  // 90 s (CRATE_CACHE_SAVE_TIMEOUT_MS) plus time for the upload at a slow 2 MiB/s.
  const budget = SAVE_MS + (bytes / (2 << 20)) * 1000;
  try {
    const id = await within(budget, 'the cache service', cache.saveCache(paths, key));
    if (id !== -1) return 'saved';
  } catch (e) {
    if (!(e instanceof TimedOut) && (e instanceof cache.ReserveCacheError || /already exists/i.test(message(e)))) {
      core.info(`Cache entry ${key} already exists; nothing to save.`);
      return 'exists';
    }
    core.warning(`Saving the cache failed; the job is not affected: ${message(e)}`);
    return 'failed';
  } finally {
    if (tarOptions === undefined) delete process.env.TAR_OPTIONS;
    else process.env.TAR_OPTIONS = tarOptions;
  }
  try {
    const there = await within(LOOKUP_MS, 'the cache service', cache.restoreCache(paths, key, [], { lookupOnly: true }));
    if (there === key) {
      core.info(`Cache entry ${key} already exists (saved by another job); nothing to save.`);
      return 'exists';
    }
  } catch {
    // fall through to the warning
  }
  core.warning(`Saving the cache under ${key} failed (see the log above); the job is not affected.`);
  return 'failed';
}

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
