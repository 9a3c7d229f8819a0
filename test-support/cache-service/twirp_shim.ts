// The GitHub Actions cache service (v2, Twirp JSON) as `@actions/cache` v6
// talks to it, backed by Azurite: entries live in memory here, archives are
// blobs behind real SAS URLs.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RunningAzurite } from './azurite.js';

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
export const TWIRP_METHODS = ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'] as const;
export type TwirpMethod = (typeof TWIRP_METHODS)[number];

/**
 * Failure modes:
 * - `refuse`: the port stops listening (connection refused).
 * - `500` / `500-once`: HTTP 500 with a Twirp `internal` error, always / once.
 * - `429`: rate limited (`resource_exhausted`, Retry-After: 60).
 * - `hang`: accept the request and never answer.
 * - `409-on-create`: CreateCacheEntry answers `already_exists`.
 * - `finalize-fails`: FinalizeCacheEntryUpload answers `ok: false` with a message.
 * - `download-truncated` / `download-corrupt`: download URLs point at this shim,
 *   which proxies the blob but cuts it off halfway / flips bytes.
 */
export type Fault =
  | 'none'
  | 'refuse'
  | '500'
  | '500-once'
  | '429'
  | 'hang'
  | '409-on-create'
  | 'finalize-fails'
  | 'download-truncated'
  | 'download-corrupt';

export interface FaultOptions {
  /** Only these Twirp methods are affected (default: all). */
  methods?: TwirpMethod[];
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** From FinalizeCacheEntryUpload; undefined while the upload is pending. */
  sizeBytes?: number;
  blobName: string;
  finalized: boolean;
  /** Creation order; higher is newer. */
  seq: number;
}

export interface TwirpCall {
  method: string;
  status: number;
  body: unknown;
}

export interface TwirpShim {
  /** `http://127.0.0.1:<port>/` — the value of ACTIONS_RESULTS_URL. */
  url: string;
  port: number;
  /** Every request answered (or left hanging: status 0), in order. */
  calls: TwirpCall[];
  entries(): CacheEntry[];
  /** Newest finalized entry with this key (and version, when given). */
  findEntry(key: string, version?: string): CacheEntry | undefined;
  readEntryBlob(key: string, version?: string): Promise<Buffer>;
  setFault(fault: Fault, opts?: FaultOptions): Promise<void>;
  close(): Promise<void>;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    msg: string,
  ) {
    super(msg);
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

// `fromJson` on the client accepts proto and camelCase names; so do we.
function field(body: Record<string, unknown>, proto: string, camel: string): unknown {
  return body[proto] ?? body[camel];
}

/** Names in a tar archive (zstd or gzip), via `tar -tf -`. */
export function listArchive(bytes: Buffer): string[] {
  const zstd = bytes.length >= 4 && bytes.readUInt32LE(0) === 0xfd2fb528;
  const gzip = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  // --long=30 matches the window @actions/cache compresses with.
  const filter = zstd ? ['--use-compress-program', 'zstd -d --long=30'] : gzip ? ['-z'] : [];
  try {
    const out = execFileSync('tar', [...filter, '-tf', '-'], {
      input: bytes,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
      timeout: 60_000,
    });
    return out.toString('utf8').split('\n').filter((l) => l !== '');
  } catch (e) {
    const stderr = String((e as { stderr?: Buffer }).stderr ?? '').trim();
    throw new Error(`tar -tf failed: ${stderr || (e as Error).message}`);
  }
}

export async function startTwirpShim(
  azurite: RunningAzurite,
  opts: { port?: number; host?: string } = {},
): Promise<TwirpShim> {
  const host = opts.host ?? '127.0.0.1';
  const entries: CacheEntry[] = [];
  const calls: TwirpCall[] = [];
  let nextId = 1;
  let fault: Fault = 'none';
  let faultMethods: TwirpMethod[] | undefined;
  const sockets = new Set<Socket>();
  let listening = false;

  const lookup = (key: string, version: string, restoreKeys: string[]): CacheEntry | undefined => {
    const ready = entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.seq - a.seq);
    return ready.find((e) => e.key === key) ?? restoreKeys.map((p) => ready.find((e) => e.key.startsWith(p))).find(Boolean);
  };

  const downloadUrl = (e: CacheEntry): string => {
    const sas = azurite.sasUrl(e.blobName, 'r');
    if (fault !== 'download-truncated' && fault !== 'download-corrupt') return sas;
    return `${url}blob-proxy?target=${encodeURIComponent(sas)}`;
  };

  async function handle(method: string, body: Record<string, unknown>): Promise<unknown> {
    const key = str(field(body, 'key', 'key'));
    const version = str(field(body, 'version', 'version'));
    if (!key || !version) throw new TwirpError(400, 'invalid_argument', 'key and version are required');
    switch (method) {
      case 'CreateCacheEntry': {
        if (fault === '409-on-create' || entries.some((e) => e.key === key && e.version === version)) {
          throw new TwirpError(409, 'already_exists', `cache entry with key ${key} and version ${version} already exists`);
        }
        const id = nextId++;
        const entry: CacheEntry = { id, key, version, blobName: `entries/${id}.cache`, finalized: false, seq: id };
        entries.push(entry);
        return { ok: true, signed_upload_url: azurite.sasUrl(entry.blobName, 'cw') };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry) throw new TwirpError(404, 'not_found', `no pending cache entry with key ${key} and version ${version}`);
        if (fault === 'finalize-fails') return { ok: false, message: `finalize of ${key} failed (injected fault)` };
        const declared = Number(field(body, 'size_bytes', 'sizeBytes'));
        const actual = await azurite.blobSize(entry.blobName);
        if (actual === undefined) return { ok: false, message: `no blob was uploaded for ${key}` };
        if (declared !== actual) return { ok: false, message: `size_bytes ${declared} does not match the uploaded ${actual}` };
        entry.sizeBytes = actual;
        entry.finalized = true;
        return { ok: true, entry_id: String(entry.id) };
      }
      case 'GetCacheEntryDownloadURL': {
        const restore = field(body, 'restore_keys', 'restoreKeys');
        const restoreKeys = Array.isArray(restore) ? restore.filter((k): k is string => typeof k === 'string') : [];
        const hit = lookup(key, version, restoreKeys);
        if (!hit) return { ok: false };
        return { ok: true, signed_download_url: downloadUrl(hit), matched_key: hit.key };
      }
      default:
        throw new TwirpError(404, 'bad_route', `no such method: ${method}`);
    }
  }

  // The injected answer for a Twirp call, or undefined to serve it normally.
  function injected(method: string): TwirpError | 'hang' | undefined {
    if (faultMethods && !faultMethods.includes(method as TwirpMethod)) return undefined;
    switch (fault) {
      case 'hang':
        return 'hang';
      case '500-once':
        fault = 'none';
        return new TwirpError(500, 'internal', 'internal error (injected once)');
      case '500':
        return new TwirpError(500, 'internal', 'internal error (injected)');
      case '429':
        return new TwirpError(429, 'resource_exhausted', 'rate limited (injected)');
      default:
        return undefined;
    }
  }

  const send = (res: http.ServerResponse, method: string, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) => {
    calls.push({ method, status, body });
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  async function proxyBlob(req: http.IncomingMessage, res: http.ServerResponse, target: string) {
    const upstream = await fetch(target, { signal: AbortSignal.timeout(30_000) });
    const data = Buffer.from(await upstream.arrayBuffer());
    if (!upstream.ok) {
      res.writeHead(upstream.status, { 'content-type': 'application/xml' });
      res.end(data);
      return;
    }
    if (fault === 'download-corrupt') {
      for (let i = 0; i < data.length; i += 97) data[i] ^= 0xff;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length });
      res.end(req.method === 'HEAD' ? undefined : data);
      return;
    }
    // Truncated: promise the whole length, send half, then drop the connection.
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length });
    res.write(data.subarray(0, Math.floor(data.length / 2)), () => res.socket?.destroy());
  }

  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    if (u.pathname === '/blob-proxy' && (req.method === 'GET' || req.method === 'HEAD')) {
      const target = u.searchParams.get('target') ?? '';
      if (!target.startsWith(azurite.blobUrl(''))) return send(res, 'blob-proxy', 400, { code: 'invalid_argument', msg: 'bad target' });
      proxyBlob(req, res, target).catch((e: Error) => {
        if (!res.headersSent) send(res, 'blob-proxy', 502, { code: 'unavailable', msg: e.message });
        else res.destroy();
      });
      return;
    }
    if (req.method !== 'POST' || !u.pathname.startsWith(TWIRP_PREFIX)) {
      return send(res, u.pathname, 404, { code: 'bad_route', msg: `no handler for ${req.method} ${u.pathname}` });
    }
    const method = u.pathname.slice(TWIRP_PREFIX.length);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const auth = req.headers.authorization ?? '';
      if (!/^Bearer \S+/.test(auth)) return send(res, method, 401, { code: 'unauthenticated', msg: 'missing bearer token' });
      const inj = injected(method);
      if (inj === 'hang') {
        calls.push({ method, status: 0, body: undefined });
        return;
      }
      if (inj) {
        const headers = inj.status === 429 ? { 'retry-after': '60' } : {};
        return send(res, method, inj.status, { code: inj.code, msg: inj.message }, headers);
      }
      let body: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
        body = parsed as Record<string, unknown>;
      } catch (e) {
        return send(res, method, 400, { code: 'malformed', msg: `request body is not a JSON object: ${(e as Error).message}` });
      }
      handle(method, body).then(
        (reply) => send(res, method, 200, reply),
        (e: unknown) =>
          e instanceof TwirpError
            ? send(res, method, e.status, { code: e.code, msg: e.message })
            : send(res, method, 500, { code: 'internal', msg: String((e as Error)?.message ?? e) }),
      );
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        listening = true;
        resolve();
      });
    });
  const unlisten = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });

  await listen(opts.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}/`;

  const findEntry = (key: string, version?: string) =>
    entries
      .filter((e) => e.finalized && e.key === key && (version === undefined || e.version === version))
      .sort((a, b) => b.seq - a.seq)[0];

  return {
    url,
    port,
    calls,
    entries: () => entries.map((e) => ({ ...e })),
    findEntry,
    async readEntryBlob(key, version) {
      const e = findEntry(key, version);
      if (!e) throw new Error(`no finalized cache entry with key ${key}`);
      const bytes = await azurite.readBlob(e.blobName);
      if (!bytes) throw new Error(`cache entry ${key} has no blob ${e.blobName}`);
      return bytes;
    },
    async setFault(f, fo = {}) {
      fault = f;
      faultMethods = fo.methods;
      if (f === 'refuse') await unlisten();
      else if (!listening) await listen(port);
    },
    close: unlisten,
  };
}

/** A random bearer token, as the runner's ACTIONS_RUNTIME_TOKEN stands in for a JWT. */
export function runtimeToken(): string {
  return `test-${randomBytes(12).toString('hex')}`;
}
