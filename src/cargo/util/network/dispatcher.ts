import Agent from 'undici/lib/dispatcher/agent.js';
import request from 'undici/lib/api/api-request.js';
import redirect from 'undici/lib/interceptor/redirect.js';
import type { Dispatcher } from 'undici';

/**
 * The registry client's own HTTP dispatcher: undici 8, pinned in
 * package.json, never the process's global one.
 *
 * Why not Node's `fetch`: the action bundles `@actions/http-client`, whose
 * undici 6 makes itself the global dispatcher when loaded. That version
 * crashes the process from a socket `end` handler, where nothing can catch
 * it, when a server closes a connection while a response body is paused by
 * backpressure (nodejs/undici#5360, fixed in undici 8 by #5474). Registries
 * behind plain HTTP/1.0 file servers or `Connection: close` do exactly that.
 *
 * Why three modules by path instead of `import 'undici'`: undici 8's index
 * also loads its WHATWG `fetch`, cache and zstd support, which need Node 22
 * APIs and throw on load under Node 20 (which the tests and some
 * self-hosted runners use). The agent, the request API and the redirect
 * interceptor load and run on Node 20 and 24 alike; the version is pinned
 * exactly, so these paths cannot move under us.
 */

export interface DispatcherOptions {
  /**
   * Cargo's `http.multiplexing` (default true): offer HTTP/2 by ALPN on TLS
   * connections, as cargo does against crates.io. Plain `http://` registries,
   * and TLS servers that do not offer h2, get HTTP/1.1 with keep-alive.
   */
  multiplexing: boolean;
  /** PEM certificates to trust instead of Node's bundled roots (cargo's `http.cainfo`). */
  ca?: string;
}

/** Redirects followed per request, as many as curl allows cargo. */
export const MAX_REDIRECTIONS = 5;

export interface RegistryDispatcher {
  /** A GET (redirects followed; credentials are dropped on a cross-origin hop). */
  get(url: URL, opts: { headers: Record<string, string>; signal: AbortSignal }): Promise<Dispatcher.ResponseData>;
  /** Closes idle connections; requests still running are aborted. */
  destroy(): Promise<void>;
}

export function registryDispatcher(opts: DispatcherOptions): RegistryDispatcher {
  const agent = new Agent({ allowH2: opts.multiplexing, connect: opts.ca === undefined ? undefined : { ca: opts.ca } });
  const dispatcher = agent.compose(redirect({ maxRedirections: MAX_REDIRECTIONS }));
  return {
    get: (url, o) =>
      request.call(dispatcher, { origin: url.origin, path: url.pathname + url.search, method: 'GET', headers: o.headers, signal: o.signal }),
    destroy: () => agent.destroy(),
  };
}

/** The URL that answered: the last one a redirect led to, else the one asked for. */
export function answeredUrl(res: Dispatcher.ResponseData, asked: string): string {
  const history = (res.context as { history?: URL[] } | undefined)?.history;
  return history?.length ? history[history.length - 1].href : asked;
}
