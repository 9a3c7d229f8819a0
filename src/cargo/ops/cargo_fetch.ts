import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceId } from '../core/source_id.js';
import { registryDirs, type CargoHomeLayout, type GitLayout, type RegistryLayout } from '../sources/cargo_home_layout.js';
import { checkout, fetchDatabase } from '../sources/git/git_remote.js';
import { HttpRegistry } from '../sources/registry/http_remote.js';
import { readIndexCacheLine } from '../sources/registry/index_cache.js';
import { isUnpacked, unpackCrate } from '../sources/registry/unpack.js';
import { sweepDeadTempFiles } from '../sources/temp_files.js';
import { CargoError } from '../util/errors.js';
import { lockExclusive } from '../util/flock.js';
import { DEFAULT_CONCURRENCY, HttpClient, limit } from '../util/network/http.js';
import { FetchProgress, mib } from './fetch_progress.js';
import type { LayoutPlan, PlannedPackage } from './layout_plan.js';
import { sha256File } from './verify_cache.js';

export interface FetchOptions {
  concurrency?: number;
  timeoutMs?: number;
  /** A registry's token, by its index URL; sent only when it says `auth-required`. */
  token?: (indexUrl: string) => string | undefined;
  log?: (line: string) => void;
  progressIntervalMs?: number;
  /** The caller has just checked every present `.crate` against Cargo.lock: do not hash them again. */
  cratesVerified?: boolean;
  /** Cargo's `[http]` settings (GlobalContext.httpSettings); default HTTP/2 where offered, Node's CA roots. */
  http?: { multiplexing: boolean; caInfo?: string };
  /** Stops the fetch: requests are aborted and it rejects once nothing it started still writes. */
  signal?: AbortSignal;
}

export interface FetchReport {
  /** `.crate` files downloaded, and their bytes. */
  downloaded: number;
  bytes: number;
  /** Index cache files written or revalidated. */
  indexFiles: number;
  unpacked: number;
  gitFetched: number;
  /** Why part of the plan is left to `cargo fetch` (e.g. a git-protocol registry). */
  fallback: string[];
  ms: number;
}

/**
 * Cargo's `cargo fetch`, done natively for what a plan needs: index entries
 * and `.crate` files from sparse registries (verified against Cargo.lock
 * before they land), unpacked sources, and git databases and checkouts, all
 * under cargo's own `.package-cache` lock and laid out as cargo would.
 */
export async function fetchPlans(plans: LayoutPlan[], layout: CargoHomeLayout, opts: FetchOptions = {}): Promise<FetchReport> {
  const t0 = performance.now();
  const log = opts.log ?? (() => undefined);
  const report: FetchReport = { downloaded: 0, bytes: 0, indexFiles: 0, unpacked: 0, gitFetched: 0, fallback: [], ms: 0 };
  const packages = unique(plans);
  const http = new HttpClient({
    concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY,
    timeoutMs: opts.timeoutMs,
    multiplexing: opts.http?.multiplexing,
    ca: opts.http?.caInfo === undefined ? undefined : readCaInfo(opts.http.caInfo),
    signal: opts.signal,
  });
  const registries = new Map<string, { source: SourceId; pkgs: (PlannedPackage & { layout: RegistryLayout })[] }>();
  const git: (PlannedPackage & { layout: GitLayout })[] = [];
  for (const p of packages) {
    if (p.layout.kind === 'git') git.push(p as PlannedPackage & { layout: GitLayout });
    else {
      const l = p.layout;
      const r = registries.get(l.dir) ?? { source: l.source, pkgs: [] };
      r.pkgs.push(p as PlannedPackage & { layout: RegistryLayout });
      registries.set(l.dir, r);
    }
  }

  try {
    const lock = await lockExclusive(path.join(layout.cargoHome, '.package-cache'), 600_000, () =>
      log('Blocking waiting for file lock on package cache'),
    );
    try {
      const work: Promise<void>[] = [];
      for (const [dir, r] of registries) {
        if (!r.source.isSparse()) {
          const missing = r.pkgs.filter((p) => !fs.existsSync(layout.abs(p.layout.crate)));
          if (missing.length) report.fallback.push(`${r.source.toLockfileString()} is not a sparse registry (${missing.length} crate(s) left to cargo fetch)`);
          continue;
        }
        work.push(fetchRegistry({ dir, source: r.source, pkgs: r.pkgs, layout, http, opts, report, log }));
      }
      const gitGate = limit(4);
      for (const p of git) work.push(gitGate(() => fetchGit(p, layout, report)));
      const results = await Promise.allSettled(work);
      const failed = results.find((x): x is PromiseRejectedResult => x.status === 'rejected');
      if (failed) throw failed.reason;
    } finally {
      await lock.release();
    }
  } finally {
    await http.close();
  }
  report.ms = performance.now() - t0;
  return report;
}

/** One sparse registry's part of `fetchPlans`. */
interface RegistryFetch {
  /** The registry's directory name under `registry/{index,cache,src}`. */
  dir: string;
  source: SourceId;
  pkgs: (PlannedPackage & { layout: RegistryLayout })[];
  layout: CargoHomeLayout;
  /** Shared by every registry of the fetch. */
  http: HttpClient;
  opts: FetchOptions;
  /** Added to as crates land. */
  report: FetchReport;
  log: (line: string) => void;
}

async function fetchRegistry({ dir, source, pkgs, layout, http, opts, report, log }: RegistryFetch): Promise<void> {
  // What a killed fetch was still writing is never a finished file, but it must not pile up.
  sweepDeadTempFiles(layout.cargoHome, registryDirs(dir).crates);
  sweepDeadTempFiles(layout.cargoHome, registryDirs(dir).indexCache);
  const indexUrl = source.url.replace(/^sparse\+/, '');
  const registry = new HttpRegistry({ indexUrl, cargoHome: layout.cargoHome, dir, token: opts.token?.(source.url), http });
  const needIndex = pkgs.filter((p) => !hasIndexLine(layout.abs(p.layout.index), p.version)).map((p) => p.name);
  const needCrate = pkgs.filter((p) => {
    const file = layout.abs(p.layout.crate);
    return opts.cratesVerified ? !fs.existsSync(file) : !verified(file, p.checksum);
  });
  const needSrc = pkgs.filter((p) => !isUnpacked(layout.abs(p.layout.src)));
  if (!needIndex.length && !needCrate.length && !needSrc.length && fs.existsSync(path.join(registry.indexDir(), 'config.json'))) return;

  const config = await registry.config();
  if (needIndex.length) {
    await registry.updateIndexFiles(needIndex);
    report.indexFiles += new Set(needIndex.map((n) => n.toLowerCase())).size;
  }
  const counts = { done: 0, total: needCrate.length, bytes: 0 };
  const progress = new FetchProgress(counts, log, opts.progressIntervalMs);
  // Each crate is unpacked as soon as it is verified, so disk work overlaps the downloads.
  const gate = limit(4);
  const unpack = (p: PlannedPackage & { layout: RegistryLayout }) =>
    gate(async () => {
      const r = await unpackCrate({ crateFile: layout.abs(p.layout.crate), srcDir: layout.abs(p.layout.src), name: p.name, version: p.version });
      if (r.files) report.unpacked++;
    });
  const downloading = new Set(needCrate);
  const unpacking = new Set(needSrc);
  try {
    // Every download is seen through before the first failure is raised, so none
    // is still writing once the caller lets go of the package cache lock.
    await settleAll([
      ...needCrate.map(async (p) => {
        if (!p.checksum) throw new CargoError('lockfile', `\`${p.name} v${p.version}\` has no checksum in Cargo.lock; refusing to download it unverified`);
        const got = await registry.download({ name: p.name, version: p.version, checksum: p.checksum }, config);
        counts.done++;
        counts.bytes += got.bytes;
        if (unpacking.has(p)) await unpack(p);
      }),
      ...needSrc.filter((p) => !downloading.has(p)).map(unpack),
    ]);
  } finally {
    report.downloaded += counts.done;
    report.bytes += counts.bytes;
    if (counts.total) progress.finish();
  }
}

async function fetchGit(p: PlannedPackage & { layout: GitLayout }, layout: CargoHomeLayout, report: FetchReport): Promise<void> {
  const { SourceId } = await import('../core/source_id.js');
  const id = SourceId.parseLockfileSource(p.source);
  if (!id.precise) throw new CargoError('lockfile', `git package \`${p.name} v${p.version}\` has no locked revision (#sha) in Cargo.lock`);
  const dbPath = layout.abs(p.layout.db);
  const r = await fetchDatabase({ url: id.url, dbPath, rev: id.precise, reference: id.gitReference ?? { kind: 'default' } });
  if (r.fetched) report.gitFetched++;
  await checkout({ dbPath, rev: id.precise, checkoutPath: layout.abs(p.layout.checkout), url: id.url });
}

/** Waits for every promise, then throws the first failure (naming how many others failed too). */
async function settleAll(ps: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(ps);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (!failed.length) return;
  const first = failed[0].reason as unknown;
  if (failed.length > 1 && first instanceof CargoError) {
    throw new CargoError(first.kind, `${first.message} (and ${failed.length - 1} more failure(s))`, first.location);
  }
  throw first;
}

function readCaInfo(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CargoError('config', `cannot read the CA bundle \`${file}\` (http.cainfo): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function unique(plans: LayoutPlan[]): PlannedPackage[] {
  const seen = new Map<string, PlannedPackage>();
  for (const plan of plans) for (const p of plan.packages) seen.set(p.layout.kind === 'git' ? p.layout.checkout : p.layout.crate, p);
  return [...seen.values()];
}

function hasIndexLine(file: string, version: string): boolean {
  try {
    return readIndexCacheLine(file, version) !== undefined;
  } catch {
    return false; // unreadable or not cargo's format: fetch it again
  }
}

/** A `.crate` already there counts only when its bytes match Cargo.lock. */
function verified(file: string, checksum: string | undefined): boolean {
  if (!fs.existsSync(file)) return false;
  if (checksum && sha256File(file) === checksum) return true;
  fs.rmSync(file, { force: true });
  return false;
}

export interface FallbackOptions extends FetchOptions {
  /** Runs `cargo fetch --locked` for the workspaces; resolves true when it succeeded everywhere. */
  cargoFetch: () => Promise<boolean>;
  /**
   * Also fall back when the native fetch fails (the action's choice: the job
   * needs the files, whoever fetches them), rather than throwing (the CLI's:
   * the user asked for the native fetch).
   */
  fallBackOnError?: boolean;
  /** Told once why `cargo fetch --locked` is about to run. */
  onFallback?: (why: { failed: boolean; message: string }) => void;
}

export interface FetchOutcome {
  /** The native fetch's report, unless it failed. */
  report?: FetchReport;
  /** Whether `cargo fetch --locked` ran, and whether it succeeded. */
  cargoFetch?: 'ok' | 'failed';
}

/**
 * The native fetch, then one `cargo fetch --locked` for whatever it leaves
 * (a registry it cannot fetch from, e.g. a git-protocol one) or, with
 * `fallBackOnError`, for everything when it fails.
 */
export async function fetchWithFallback(plans: LayoutPlan[], layout: CargoHomeLayout, opts: FallbackOptions): Promise<FetchOutcome> {
  let report: FetchReport;
  try {
    report = await fetchPlans(plans, layout, opts);
  } catch (e) {
    if (!opts.fallBackOnError) throw e;
    opts.onFallback?.({ failed: true, message: e instanceof CargoError ? e.oneLine() : (e as Error).message });
    return { cargoFetch: (await opts.cargoFetch()) ? 'ok' : 'failed' };
  }
  if (!report.fallback.length) return { report };
  opts.onFallback?.({ failed: false, message: report.fallback.join('; ') });
  return { report, cargoFetch: (await opts.cargoFetch()) ? 'ok' : 'failed' };
}

export function describeFetch(r: FetchReport): string {
  return `native fetch: ${r.downloaded} crate(s), ${mib(r.bytes)}, ${r.indexFiles} index file(s), ${r.unpacked} unpacked, ${r.gitFetched} git fetch(es) in ${(r.ms / 1000).toFixed(1)} s`;
}
