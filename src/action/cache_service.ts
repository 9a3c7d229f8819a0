import * as cache from '@actions/cache';
import * as core from '@actions/core';

export type HitKind = 'exact' | 'partial' | 'miss';

export interface RestoreResult {
  hit: HitKind;
  matchedKey?: string;
}

/**
 * `restoreCache` that never throws: a cache service that is down or
 * failing costs a cold build, never the job.
 */
export async function restore(paths: string[], key: string, restoreKeys: string[], lookupOnly: boolean): Promise<RestoreResult> {
  if (!cache.isFeatureAvailable()) {
    core.warning('The GitHub cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN unset); continuing without a cache.');
    return { hit: 'miss' };
  }
  try {
    const matchedKey = await cache.restoreCache(paths, key, restoreKeys, { lookupOnly });
    if (!matchedKey) return { hit: 'miss' };
    return { hit: matchedKey === key ? 'exact' : 'partial', matchedKey };
  } catch (e) {
    core.warning(`Restoring the cache failed, continuing without it: ${message(e)}`);
    return { hit: 'miss' };
  }
}

export type SaveOutcome = 'saved' | 'exists' | 'failed';

/** `saveCache` that never throws; an entry that already exists is not an error. */
export async function save(paths: string[], key: string): Promise<SaveOutcome> {
  // GNU tar's --posix format (which @actions/cache asks for) adds a 1 KiB pax
  // header to every entry for atime, ctime and sub-second mtime. Nothing
  // restores the first two and cargo needs no sub-second mtime, so they are
  // left out (the ustar header keeps mtime in seconds). Other tars ignore TAR_OPTIONS.
  const tarOptions = process.env.TAR_OPTIONS;
  process.env.TAR_OPTIONS = [tarOptions, '--pax-option=delete=atime,delete=ctime,delete=mtime'].filter(Boolean).join(' ');
  try {
    const id = await cache.saveCache(paths, key);
    return id === -1 ? 'failed' : 'saved';
  } catch (e) {
    const m = message(e);
    if (e instanceof cache.ReserveCacheError || /already exists|409/i.test(m)) {
      core.info(`Cache entry ${key} already exists; nothing to save.`);
      return 'exists';
    }
    core.warning(`Saving the cache failed; the job is not affected: ${m}`);
    return 'failed';
  } finally {
    if (tarOptions === undefined) delete process.env.TAR_OPTIONS;
    else process.env.TAR_OPTIONS = tarOptions;
  }
}

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
