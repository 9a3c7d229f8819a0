// A loopback sparse-registry server over a directory written by
// build_registry.ts: `/index/…` with ETag/Last-Modified revalidation, and
// `/api/v1/crates/<name>/<version>/download` for the `.crate` files.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURE_HOST, FIXTURE_PORT, crateFilePath } from './build_registry.js';

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  /** The request's headers, so tests can see conditional and authorized requests. */
  headers: http.IncomingHttpHeaders;
}

/**
 * What to do instead of answering normally: a status code; `500-once` (a
 * 500, then the fault removes itself); `flip` (one byte of the body
 * inverted); `truncate` (half the body, then the connection closes under a
 * Content-Length promising all of it); `stall` (headers, then nothing).
 */
export type Fault = number | '500-once' | 'flip' | 'truncate' | 'stall';

export interface StartRegistryOptions {
  root: string;
  port?: number;
  host?: string;
  /** Request path → fault to inject instead of the normal answer. */
  faults?: Map<string, Fault>;
  /** Fixed delay before every answer, to imitate a distant registry. */
  latencyMs?: number;
  /**
   * A private registry: every request without `Authorization: <authToken>`
   * gets a 401, and config.json says `"auth-required": true`.
   */
  authToken?: string;
}

export interface RunningRegistry {
  /** `sparse+http://<host>:<port>/index/` */
  url: string;
  port: number;
  requests: RequestRecord[];
  /** Mutable: add or remove entries while the server runs. */
  faults: Map<string, Fault>;
  close(): Promise<void>;
}

interface Body {
  data: Buffer;
  type: string;
  mtime: Date;
}

// Safe relative file under `base`, or undefined for anything escaping it.
function within(base: string, rel: string): string | undefined {
  const p = path.resolve(base, rel);
  return p.startsWith(base + path.sep) ? p : undefined;
}

function readBody(file: string | undefined, type: string): Body | undefined {
  if (!file) return undefined;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return undefined;
    return { data: fs.readFileSync(file), type, mtime: st.mtime };
  } catch {
    return undefined;
  }
}

function lookup(root: string, urlPath: string): Body | undefined {
  if (urlPath.startsWith('/index/')) {
    const rel = decodeURIComponent(urlPath.slice('/index/'.length));
    const type = rel === 'config.json' ? 'application/json' : 'text/plain';
    return readBody(within(path.join(root, 'index'), rel), type);
  }
  const m = /^\/api\/v1\/crates\/([^/]+)\/([^/]+)\/download$/.exec(urlPath);
  if (m) {
    const [name, version] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])];
    if (name.includes('/') || name.includes('..') || version.includes('/') || version.includes('..')) return undefined;
    return readBody(crateFilePath(root, name, version), 'application/octet-stream');
  }
  return undefined;
}

// A private registry's config.json says so, whatever the fixture's file holds.
function authRequired(body: Body | undefined, urlPath: string, required: boolean): Body | undefined {
  if (!body || !required || urlPath !== '/index/config.json') return body;
  const config = { ...(JSON.parse(body.data.toString('utf8')) as Record<string, unknown>), 'auth-required': true };
  return { ...body, data: Buffer.from(JSON.stringify(config) + '\n') };
}

function notModified(req: http.IncomingMessage, etag: string, mtime: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return inm.split(',').some((t) => t.trim() === etag || t.trim() === '*');
  const ims = req.headers['if-modified-since'];
  if (ims !== undefined) {
    const since = Date.parse(ims);
    // HTTP dates have second precision.
    return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

export function startRegistry(opts: StartRegistryOptions): Promise<RunningRegistry> {
  const root = path.resolve(opts.root);
  const host = opts.host ?? FIXTURE_HOST;
  const requests: RequestRecord[] = [];
  const faults = opts.faults ?? new Map<string, Fault>();
  const latencyMs = opts.latencyMs ?? 0;

  const answer = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, headers: http.OutgoingHttpHeaders = {}, body?: Buffer): void => {
      requests.push({ method: req.method ?? 'GET', path: urlPath, status, headers: req.headers });
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let fault = faults.get(urlPath);
    if (fault === '500-once') {
      faults.delete(urlPath);
      fault = 500;
    }
    if (typeof fault === 'number') return send(fault, { 'content-type': 'text/plain' }, Buffer.from(`injected ${fault}\n`));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { allow: 'GET, HEAD' });
    if (opts.authToken !== undefined && req.headers.authorization !== opts.authToken) {
      return send(401, { 'content-type': 'text/plain', 'www-authenticate': 'Cargo login_url="http://127.0.0.1/login"' }, Buffer.from('unauthorized\n'));
    }
    const body = authRequired(lookup(root, urlPath), urlPath, opts.authToken !== undefined);
    if (!body) return send(404, { 'content-type': 'text/plain' }, Buffer.from('not found\n'));
    const etag = `"${createHash('sha256').update(body.data).digest('hex').slice(0, 32)}"`;
    const headers = { etag, 'last-modified': body.mtime.toUTCString(), 'cache-control': 'no-cache' };
    if (fault === undefined && notModified(req, etag, body.mtime)) return send(304, headers);
    const full = { ...headers, 'content-type': body.type, 'content-length': body.data.length };
    if (fault === 'flip') {
      const data = Buffer.from(body.data);
      if (data.length > 0) data[data.length >> 1] ^= 0xff;
      return send(200, full, data);
    }
    if (fault === 'truncate' || fault === 'stall') {
      requests.push({ method: req.method ?? 'GET', path: urlPath, status: 200, headers: req.headers });
      res.writeHead(200, full);
      res.flushHeaders();
      if (fault === 'stall') return;
      res.write(body.data.subarray(0, body.data.length >> 1), () => res.destroy());
      return;
    }
    send(200, full, body.data);
  };
  const server = http.createServer({ keepAlive: true }, (req, res) => {
    if (latencyMs > 0) setTimeout(() => answer(req, res), latencyMs);
    else answer(req, res);
  });
  server.keepAliveTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? FIXTURE_PORT, host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `sparse+http://${host}:${port}/index/`,
        port,
        requests,
        faults,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
