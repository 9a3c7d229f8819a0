// A loopback sparse-registry server over a directory written by
// build_registry.ts: `/index/…` with ETag/Last-Modified revalidation, and
// `/api/v1/crates/<name>/<version>/download` for the `.crate` files.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURE_HOST, FIXTURE_PORT, crateFilePath } from './build_registry.js';

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  /** The request's headers, so tests can see conditional and authorized requests. */
  headers: http.IncomingHttpHeaders;
  /** The HTTP version the client asked in: `1.0`, `1.1` or `2.0`. */
  httpVersion: string;
}

/**
 * What to do instead of answering normally: a status code; `500-once` (a
 * 500, then the fault removes itself); `flip` (one byte of the body
 * inverted); `truncate` (half the body, then the connection closes under a
 * Content-Length promising all of it); `stall` (headers, then nothing).
 */
export type Fault = number | '500-once' | 'flip' | 'truncate' | 'stall';

/**
 * How answers travel, for the server-behaviour matrix of docs/reliability.md:
 * - `keep-alive` (default): HTTP/1.1, Content-Length, connections kept open;
 * - `http1.0`: a plain HTTP/1.0 file server, one answer per connection,
 *   closed (FIN) right after it, with Content-Length;
 * - `http1.0-eof`: the same without Content-Length, so the close ends the body;
 * - `close`: HTTP/1.1 answers with `Connection: close`;
 * - `idle-100ms`: HTTP/1.1 keep-alive, idle connections closed after 100 ms;
 * - `chunked`: HTTP/1.1 chunked bodies, no Content-Length;
 * - `h2`: HTTPS offering HTTP/2 by ALPN (HTTP/1.1 to clients that do not
 *   ask for it); needs `tls`.
 */
export type Transport = 'keep-alive' | 'http1.0' | 'http1.0-eof' | 'close' | 'idle-100ms' | 'chunked' | 'h2';

export const TRANSPORTS: readonly Transport[] = ['keep-alive', 'http1.0', 'http1.0-eof', 'close', 'idle-100ms', 'chunked', 'h2'];

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
  /** Default `keep-alive`. */
  transport?: Transport;
  /** PEM key and certificate for the `h2` transport. */
  tls?: { key: string; cert: string };
}

export interface RunningRegistry {
  /** `sparse+http(s)://<host>:<port>/index/` */
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

function notModified(req: Request, etag: string, mtime: Date): boolean {
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

  const transport = opts.transport ?? 'keep-alive';
  const answer = (req: Request, res: Response): void => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, headers: http.OutgoingHttpHeaders = {}, body?: Buffer): void => {
      requests.push({ method: req.method ?? 'GET', path: urlPath, status, headers: req.headers, httpVersion: req.httpVersion });
      res.writeHead(status, framed(transport, headers));
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
      requests.push({ method: req.method ?? 'GET', path: urlPath, status: 200, headers: req.headers, httpVersion: req.httpVersion });
      res.writeHead(200, framed(transport, full));
      res.flushHeaders();
      if (fault === 'stall') return;
      res.write(body.data.subarray(0, body.data.length >> 1), () => res.destroy());
      return;
    }
    send(200, full, body.data);
  };
  const handle = (req: Request, res: Response): void => {
    if (latencyMs > 0) setTimeout(() => answer(req, res), latencyMs);
    else answer(req, res);
  };
  const server = listenerFor(transport, handle, opts.tls);
  const scheme = transport === 'h2' ? 'https' : 'http';

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? FIXTURE_PORT, host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `sparse+${scheme}://${host}:${port}/index/`,
        port,
        requests,
        faults,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            for (const c of server.connections) c.destroy();
          }),
      });
    });
  });
}

/** What `answer` reads of a request: Node's, HTTP/2's compatibility layer's, or the HTTP/1.0 server's. */
type Request = Pick<http.IncomingMessage, 'url' | 'method' | 'headers' | 'httpVersion'>;
/** What `answer` writes to. */
interface Response {
  writeHead(status: number, headers: http.OutgoingHttpHeaders): unknown;
  write(data: Buffer, done: () => void): unknown;
  end(body?: Buffer): unknown;
  flushHeaders(): void;
  destroy(): unknown;
}

/** Headers as the transport frames the body. */
function framed(transport: Transport, headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  if (transport === 'close') return { ...headers, connection: 'close' };
  if (transport === 'chunked' || transport === 'http1.0-eof') {
    const { 'content-length': _dropped, ...rest } = headers;
    return rest;
  }
  return headers;
}

interface Listener {
  listen(port: number, host: string, done: () => void): unknown;
  once(event: 'error', fn: (e: Error) => void): unknown;
  off(event: 'error', fn: (e: Error) => void): unknown;
  address(): AddressInfo | string | null;
  close(done: (e?: Error) => void): unknown;
  /** Every open connection, so `close` can end them. */
  connections: Set<{ destroy(): void }>;
}

function tracked<S extends net.Server>(server: S, event: 'connection' | 'secureConnection' = 'connection'): S & Listener {
  const connections = new Set<net.Socket>();
  server.on(event, (c: net.Socket) => {
    connections.add(c);
    c.once('close', () => connections.delete(c));
  });
  return Object.assign(server, { connections }) as S & Listener;
}

function listenerFor(transport: Transport, handle: (req: Request, res: Response) => void, tls?: { key: string; cert: string }): Listener {
  if (transport === 'h2') {
    if (!tls) throw new Error('the h2 transport needs a TLS key and certificate');
    const server = http2.createSecureServer({ ...tls, allowHTTP1: true }, (req, res) => handle(req, res as unknown as Response));
    return tracked(server, 'secureConnection');
  }
  if (transport === 'http1.0' || transport === 'http1.0-eof') return tracked(net.createServer((socket) => serveHttp10(socket, handle)));
  const server = http.createServer({ keepAlive: true }, handle);
  server.keepAliveTimeout = transport === 'idle-100ms' ? 100 : 30_000;
  return tracked(server);
}

const REASONS: Record<number, string> = { 200: 'OK', 304: 'Not Modified', 401: 'Unauthorized', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error' };

/**
 * One HTTP/1.0 exchange, as a plain file server answers it: read the
 * request head, write status line, headers and body, then close.
 */
function serveHttp10(socket: net.Socket, handle: (req: Request, res: Response) => void): void {
  let head = Buffer.alloc(0);
  const onData = (chunk: Buffer): void => {
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    socket.off('data', onData);
    const [requestLine, ...lines] = head.subarray(0, end).toString('latin1').split('\r\n');
    const [method, url, version = 'HTTP/1.0'] = requestLine.split(' ');
    const headers: http.IncomingHttpHeaders = {};
    for (const l of lines) {
      const i = l.indexOf(':');
      if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
    }
    let status = 200;
    let fields: http.OutgoingHttpHeaders = {};
    let sentHead = false;
    const writeHead = (): void => {
      if (sentHead) return;
      sentHead = true;
      const text = Object.entries(fields).map(([k, v]) => `${k}: ${String(v)}\r\n`).join('');
      socket.write(`HTTP/1.0 ${status} ${REASONS[status] ?? 'Status'}\r\n${text}\r\n`, 'latin1');
    };
    handle(
      { method, url, headers, httpVersion: version.replace(/^HTTP\//, '') },
      {
        writeHead: (s, h) => ((status = s), (fields = h)),
        flushHeaders: writeHead,
        write: (data, done) => (writeHead(), socket.write(data, done)),
        end: (body) => {
          writeHead();
          if (body) socket.end(body);
          else socket.end();
        },
        destroy: () => socket.destroy(),
      },
    );
  };
  socket.on('data', onData);
  socket.on('error', () => undefined);
}
