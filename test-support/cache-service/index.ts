// A GitHub Actions cache service for tests: Azurite for the blobs plus the
// Twirp shim for the CacheService API, wired for `@actions/cache` v6.
import { choosePort, startAzurite } from './azurite.js';
import { listArchive, runtimeToken, startTwirpShim, type CacheEntry, type Fault, type FaultOptions, type TwirpCall } from './twirp_shim.js';

export { listArchive, type CacheEntry, type Fault, type FaultOptions, type TwirpCall } from './twirp_shim.js';
export { startAzurite, DEV_ACCOUNT, DEV_ACCOUNT_KEY, type RunningAzurite } from './azurite.js';
export { startTwirpShim, TWIRP_PREFIX, type TwirpShim } from './twirp_shim.js';

/** The ports cli.ts serves on, so that a manual session keeps its URLs. */
export const DEFAULT_AZURITE_PORT = 18941;
export const DEFAULT_SHIM_PORT = 18942;

export interface StartCacheServiceOptions {
  /** Preferred ports (free ones are used when these are busy); default: any free port, so that parallel suites never meet. */
  azuritePort?: number;
  shimPort?: number;
}

export interface CacheService {
  /** ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN. */
  env: Record<string, string>;
  /** Every Twirp call answered, in order (status 0: left hanging). */
  calls: TwirpCall[];
  entries(): CacheEntry[];
  /** Archive bytes of the newest finalized entry with `key` (and `version`). */
  readEntryBlob(key: string, version?: string): Promise<Buffer>;
  /** Member names of that entry's archive. */
  listArchive(key: string, version?: string): Promise<string[]>;
  setFault(fault: Fault, opts?: FaultOptions): Promise<void>;
  close(): Promise<void>;
}

export async function startCacheService(opts: StartCacheServiceOptions = {}): Promise<CacheService> {
  const azurite = await startAzurite({ port: opts.azuritePort ?? 0 });
  try {
    const shim = await startTwirpShim(azurite, { port: await choosePort(opts.shimPort ?? 0) });
    const env = {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: shim.url,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    };
    return {
      env,
      calls: shim.calls,
      entries: shim.entries,
      readEntryBlob: shim.readEntryBlob,
      listArchive: async (key, version) => listArchive(await shim.readEntryBlob(key, version)),
      setFault: shim.setFault,
      async close() {
        await shim.close();
        await azurite.close();
      },
    };
  } catch (e) {
    await azurite.close();
    throw e;
  }
}
