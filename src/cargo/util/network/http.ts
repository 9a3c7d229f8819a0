import { setMaxListeners } from 'node:events';
import { CargoError } from '../errors.js';
import { answeredUrl, registryDispatcher, type RegistryDispatcher } from './dispatcher.js';

/**
 * A small HTTP client for registries on its own undici 8 dispatcher
 * (dispatcher.ts): HTTP/2 where a TLS registry offers it, else HTTP/1.1 with
 * keep-alive. Like cargo's `util/network/retry.rs`, it retries what may be
 * spurious (5xx, connection errors, timeouts) and never a 4xx.
 */

export interface HttpResponse {
  url: string;
  status: number;
  /** Lowercase header names. */
  headers: Record<string, string>;
  body: Buffer;
}

/** A response whose body is still arriving. */
export interface HttpStreamResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: AsyncIterable<Uint8Array>;
}

export interface HttpClientOptions {
  /** Abort a request when nothing arrives for this long (headers or body). */
  timeoutMs?: number;
  /** Attempts per request, at most 3. */
  attempts?: number;
  /** Wait before the second attempt; doubled for each one after. */
  backoffMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  userAgent?: string;
  /** Cargo's `http.multiplexing`: offer HTTP/2 on TLS connections. Default true. */
  multiplexing?: boolean;
  /** PEM certificates to trust instead of Node's roots (cargo's `http.cainfo`). */
  ca?: string;
  /** Aborts every request, running or still to come. */
  signal?: AbortSignal;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** What the request is for, e.g. "download of `serde v1.0.0`"; starts every error message. */
  context?: string;
  kind?: 'io' | 'index';
}

export const DEFAULT_CONCURRENCY = 16;
export const MAX_ATTEMPTS = 3;

/** Runs at most `n` of the given tasks at once, the rest in call order. */
export function limit(n = DEFAULT_CONCURRENCY): <T>(task: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(n) || n < 1) throw new CargoError('usage', `concurrency must be a positive integer, got ${n}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((go) => waiting.push(go));
    else active++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `active` stays put.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Failures worth another attempt: the server or the connection, not the request. */
class Spurious extends Error {}

function headersOf(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function describe(e: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `timed out after ${timeoutMs} ms without data`;
  const err = e as Error & { code?: string; cause?: { code?: string; message?: string } };
  const cause = err.cause?.code ?? err.cause?.message ?? err.code;
  return cause && !err.message?.includes(cause) ? `${err.message} (${cause})` : (err.message ?? String(e));
}

export class HttpClient {
  readonly timeoutMs: number;
  readonly attempts: number;
  readonly backoffMs: number;
  private readonly gate: <T>(task: () => Promise<T>) => Promise<T>;
  private readonly userAgent: string;
  private readonly dispatcher: RegistryDispatcher;
  private readonly signal?: AbortSignal;

  constructor(opts: HttpClientOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.attempts = Math.min(Math.max(opts.attempts ?? MAX_ATTEMPTS, 1), MAX_ATTEMPTS);
    this.backoffMs = opts.backoffMs ?? 500;
    this.gate = limit(opts.concurrency ?? DEFAULT_CONCURRENCY);
    this.userAgent = opts.userAgent ?? 'crate-cache';
    this.dispatcher = registryDispatcher({ multiplexing: opts.multiplexing ?? true, ca: opts.ca });
    this.signal = opts.signal;
    // Each request in flight listens to it.
    if (opts.signal) setMaxListeners(0, opts.signal);
  }

  /** Closes the client's connections; a request still running fails. */
  close(): Promise<void> {
    return this.dispatcher.destroy();
  }

  /** GET with the body read into memory. Any status below 500 is returned, not thrown. */
  get(url: string, opts: RequestOptions = {}): Promise<HttpResponse> {
    return this.stream(url, opts, async (res) => {
      const chunks: Buffer[] = [];
      for await (const c of res.body) chunks.push(Buffer.from(c));
      return { url: res.url, status: res.status, headers: res.headers, body: Buffer.concat(chunks) };
    });
  }

  /**
   * GET, handing the streaming response to `consume`. A failure while the
   * body arrives retries the whole request, so `consume` must start over
   * cleanly each time it is called; errors it throws itself end the request.
   */
  stream<T>(url: string, opts: RequestOptions, consume: (res: HttpStreamResponse) => Promise<T>): Promise<T> {
    return this.gate(async () => {
      let last = '';
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        if (attempt > 1) await new Promise((r) => setTimeout(r, this.backoffMs * 2 ** (attempt - 2)));
        try {
          return await this.once(url, opts, consume);
        } catch (e) {
          if (!(e instanceof Spurious)) throw e;
          last = e.message;
        }
      }
      const tries = this.attempts === 1 ? '' : ` after ${this.attempts} attempts`;
      throw this.fail(url, opts, `${last}${tries}`);
    });
  }

  private fail(url: string, opts: RequestOptions, what: string): CargoError {
    const context = opts.context ? `${opts.context}: ` : '';
    return new CargoError(opts.kind ?? 'io', `${context}${what} (GET ${url})`);
  }

  private async once<T>(url: string, opts: RequestOptions, consume: (res: HttpStreamResponse) => Promise<T>): Promise<T> {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      throw new CargoError('url', `${opts.context ? opts.context + ': ' : ''}not an http(s) URL: \`${url}\``);
    }
    const timeoutMs = this.timeoutMs;
    const outer = this.signal;
    const fail = (what: string) => this.fail(url, opts, what);
    if (outer?.aborted) throw fail('aborted');
    const abort = new AbortController();
    const abortAll = () => abort.abort();
    outer?.addEventListener('abort', abortAll);
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, this.timeoutMs);
    };
    arm();
    try {
      let res: Awaited<ReturnType<RegistryDispatcher['get']>>;
      try {
        res = await this.dispatcher.get(parsed, { headers: { 'user-agent': this.userAgent, ...opts.headers }, signal: abort.signal });
      } catch (e) {
        if (outer?.aborted) throw fail('aborted');
        throw new Spurious(describe(e, timedOut, timeoutMs));
      }
      if (res.statusCode >= 500) {
        // Not drained: the connection is dropped by the abort below.
        throw new Spurious(`HTTP ${res.statusCode}${res.statusText ? ' ' + res.statusText : ''}`);
      }
      const source = res.body;
      const body: AsyncIterable<Uint8Array> = {
        async *[Symbol.asyncIterator]() {
          const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
          for (;;) {
            let r: IteratorResult<Buffer>;
            try {
              arm();
              r = await chunks.next();
            } catch (e) {
              if (outer?.aborted) throw fail('aborted');
              throw new Spurious(describe(e, timedOut, timeoutMs));
            }
            if (r.done) return;
            yield r.value;
          }
        },
      };
      const answered = answeredUrl(res, url);
      return await consume({ url: answered, status: res.statusCode, headers: headersOf(res.headers), body });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abortAll);
      abort.abort();
    }
  }
}

/** The error for an answer the caller cannot use, e.g. a 404. */
export function statusError(res: { status: number; url: string }, opts: RequestOptions): CargoError {
  const context = opts.context ? `${opts.context}: ` : '';
  return new CargoError(opts.kind ?? 'io', `${context}HTTP ${res.status} (GET ${res.url})`);
}
