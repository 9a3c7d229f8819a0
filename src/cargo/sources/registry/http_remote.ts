import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CargoError } from '../../util/errors.js';
import { registryDirs } from '../cargo_home_layout.js';
import { HttpClient, statusError } from '../../util/network/http.js';
import { downloadUrl } from './download_url.js';
import { decodeIndexCache, encodeIndexCache, type IndexCacheFile } from './index_cache.js';
import { makeDepPath } from './index_path.js';
import { parseRegistryConfig, type RegistryConfig } from './remote_config.js';

/**
 * Cargo's `HttpRegistry` (`sources/registry/http_remote.rs`) for `sparse+`
 * registries: fills `registry/index/<dir>/` and `registry/cache/<dir>/`
 * under CARGO_HOME the way cargo 1.95 does, so cargo later finds everything
 * it needs offline and, online, only revalidates.
 */

export interface HttpRegistryOptions {
  /** The index URL without `sparse+`, e.g. `http://127.0.0.1:18931/index/`. */
  indexUrl: string;
  cargoHome: string;
  /** The registry's directory name, `<host>-<hash>`. */
  dir: string;
  /** Sent as `Authorization` only when config.json says `auth-required`. */
  token?: string;
  http?: HttpClient;
}

export interface CratePackage {
  name: string;
  version: string;
  /** The sha256 from Cargo.lock, lowercase hex. */
  checksum: string;
}

// Prefixes of the index version cargo keeps in each `.cache` file.
const ETAG = 'etag';
const LAST_MODIFIED = 'last-modified';
const UNKNOWN = 'Unknown';

// What the `semver` crate accepts; lines with anything else are left out of the cache, as cargo does.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The version of one index line, or undefined where cargo's `IndexSummary::parse` would fail. */
function lineVersion(line: Uint8Array): string | undefined {
  try {
    const o: unknown = JSON.parse(utf8.decode(line));
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return undefined;
    const { name, vers } = o as { name?: unknown; vers?: unknown };
    return typeof name === 'string' && typeof vers === 'string' && SEMVER.test(vers) ? vers : undefined;
  } catch {
    return undefined;
  }
}

/** Cargo's `.cache` content for an index file as the registry served it. */
export function summariesCache(raw: Uint8Array, indexVersion: string): IndexCacheFile {
  const entries: IndexCacheFile['entries'] = [];
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  // cargo's `split`: a last line without `\n` still counts; empty lines fail to parse.
  for (let start = 0; start < buf.length; ) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    const line = buf.subarray(start, end);
    const version = lineVersion(line);
    if (version !== undefined) entries.push({ version, line: line.toString('utf8') });
    start = end + 1;
  }
  return { indexVersion, entries };
}

/** The index version cargo records for a response: its ETag, else its Last-Modified, else `Unknown`. */
export function responseIndexVersion(headers: Record<string, string>): string {
  if (headers.etag !== undefined) return `${ETAG}: ${headers.etag}`;
  if (headers['last-modified'] !== undefined) return `${LAST_MODIFIED}: ${headers['last-modified']}`;
  return UNKNOWN;
}

/** The conditional-request headers cargo derives from a cached index version. */
export function revalidationHeaders(indexVersion: string): Record<string, string> {
  const sep = indexVersion.indexOf(': ');
  if (sep < 0) return {};
  const [key, value] = [indexVersion.slice(0, sep), indexVersion.slice(sep + 2)];
  if (key === ETAG) return { 'if-none-match': value };
  if (key === LAST_MODIFIED) return { 'if-modified-since': value };
  return {};
}

function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes through a temp file in the same directory, so readers never see half a file. */
async function writeAtomic(file: string, data: Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = tempName(file);
  try {
    await fs.promises.writeFile(tmp, data);
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw new CargoError('io', `cannot write ${file}: ${(e as Error).message}`);
  }
}

function describePkg(pkg: { name: string; version: string }): string {
  return `\`${pkg.name} v${pkg.version}\``;
}

export class HttpRegistry {
  readonly indexUrl: string;
  readonly cargoHome: string;
  readonly dir: string;
  readonly http: HttpClient;
  private readonly token?: string;
  private configPromise?: Promise<RegistryConfig>;

  constructor(opts: HttpRegistryOptions) {
    const url = opts.indexUrl.replace(/^sparse\+/, '');
    this.indexUrl = url.endsWith('/') ? url : `${url}/`;
    this.cargoHome = opts.cargoHome;
    this.dir = opts.dir;
    this.token = opts.token;
    this.http = opts.http ?? new HttpClient();
  }

  /** `registry/index/<dir>` */
  indexDir(): string {
    return path.join(this.cargoHome, ...registryDirs(this.dir).index.split('/'));
  }

  /** `registry/index/<dir>/.cache/<path>`, where cargo keeps its copy of a crate's index file. */
  indexCachePath(name: string): string {
    return path.join(this.indexDir(), '.cache', ...makeDepPath(name.toLowerCase()).split('/'));
  }

  /** `registry/cache/<dir>/<name>-<version>.crate` */
  cratePath(pkg: { name: string; version: string }): string {
    return path.join(this.cargoHome, ...registryDirs(this.dir).crates.split('/'), `${pkg.name}-${pkg.version}.crate`);
  }

  /** Whether the .crate is there; like cargo, an empty file does not count. Verifying it is the caller's job. */
  has(pkg: { name: string; version: string }): boolean {
    try {
      return fs.statSync(this.cratePath(pkg)).size > 0;
    } catch {
      return false;
    }
  }

  /** The registry's config.json, fetched once and stored byte for byte as cargo does. */
  config(): Promise<RegistryConfig> {
    this.configPromise ??= this.fetchConfig();
    // A failed fetch may be retried by a later call.
    this.configPromise.catch(() => (this.configPromise = undefined));
    return this.configPromise;
  }

  private async fetchConfig(): Promise<RegistryConfig> {
    const url = `${this.indexUrl}config.json`;
    const opts = { context: 'registry config.json', kind: 'index' as const };
    let res = await this.http.get(url, opts);
    // Cargo asks without credentials first and only sends them when challenged.
    if (res.status === 401 && this.token !== undefined) {
      res = await this.http.get(url, { ...opts, headers: { authorization: this.token } });
    }
    if (res.status !== 200) throw statusError(res, opts);
    const config = parseRegistryConfig(res.body, url);
    await writeAtomic(path.join(this.indexDir(), 'config.json'), res.body);
    return config;
  }

  private async authHeaders(): Promise<Record<string, string>> {
    if (this.token === undefined) return {};
    return (await this.config()).authRequired ? { authorization: this.token } : {};
  }

  /**
   * Brings the `.cache` file of each crate up to date: a conditional GET when
   * one exists (a 304 leaves it alone), else a plain GET. Every request is
   * seen through; then the first failure is thrown.
   */
  async updateIndexFiles(names: string[]): Promise<void> {
    const auth = await this.authHeaders();
    const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
    const results = await Promise.allSettled(unique.map((n) => this.updateIndexFile(n, auth)));
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
    if (failures.length === 0) return;
    const first = failures[0];
    if (failures.length === 1 || !(first instanceof CargoError)) throw first;
    throw new CargoError(first.kind, `${first.message} (and ${failures.length - 1} more index file(s) failed)`, first.location);
  }

  private async updateIndexFile(name: string, auth: Record<string, string>): Promise<void> {
    const file = this.indexCachePath(name);
    const url = this.indexUrl + makeDepPath(name.toLowerCase());
    const opts = { context: `index file of crate \`${name}\``, kind: 'index' as const };
    let conditional: Record<string, string> = {};
    try {
      conditional = revalidationHeaders(decodeIndexCache(await fs.promises.readFile(file), file).indexVersion);
    } catch {
      // No usable cache file: fetch it whole.
    }
    const res = await this.http.get(url, { ...opts, headers: { ...conditional, ...auth } });
    if (res.status === 304 && Object.keys(conditional).length > 0) return;
    if (res.status === 404 || res.status === 410 || res.status === 451) {
      // Cargo drops the cache of a crate the registry no longer has.
      await fs.promises.rm(file, { force: true });
      throw new CargoError('index', `${opts.context}: not found in the registry, HTTP ${res.status} (GET ${res.url})`);
    }
    if (res.status !== 200) throw statusError(res, opts);
    await writeAtomic(file, encodeIndexCache(summariesCache(res.body, responseIndexVersion(res.headers))));
  }

  /**
   * Downloads a .crate into `registry/cache/<dir>/`, hashing while it is
   * written to a temp file that only becomes `<name>-<version>.crate` once
   * its sha256 matches `pkg.checksum`.
   */
  async download(pkg: CratePackage, config: RegistryConfig): Promise<{ path: string; bytes: number }> {
    const url = downloadUrl(config.dl, pkg);
    const dest = this.cratePath(pkg);
    const opts = {
      context: `failed to download ${describePkg(pkg)}`,
      kind: 'io' as const,
      headers: config.authRequired && this.token !== undefined ? { authorization: this.token } : undefined,
    };
    await fs.promises.mkdir(path.dirname(dest), { recursive: true });
    return this.http.stream(url, opts, async (res) => {
      if (res.status !== 200) throw statusError(res, opts);
      const tmp = tempName(dest);
      const hash = createHash('sha256');
      let bytes = 0;
      let fh: fs.promises.FileHandle | undefined;
      try {
        fh = await fs.promises.open(tmp, 'wx');
        for await (const chunk of res.body) {
          hash.update(chunk);
          bytes += chunk.length;
          await fh.write(chunk);
        }
        await fh.close();
        fh = undefined;
        const actual = hash.digest('hex');
        if (actual !== pkg.checksum.toLowerCase()) {
          throw new CargoError(
            'io',
            `failed to verify the checksum of ${describePkg(pkg)}: expected ${pkg.checksum}, got ${actual} (GET ${res.url})`,
          );
        }
        await fs.promises.rename(tmp, dest);
        return { path: dest, bytes };
      } catch (e) {
        await fh?.close().catch(() => undefined);
        await fs.promises.rm(tmp, { force: true });
        if (e instanceof Error && !(e instanceof CargoError) && 'code' in e) {
          throw new CargoError('io', `${opts.context}: cannot write ${tmp}: ${e.message}`);
        }
        throw e;
      }
    });
  }
}
