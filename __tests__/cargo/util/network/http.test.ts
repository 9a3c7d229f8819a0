import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { HttpClient, limit } from '../../../../src/cargo/util/network/http.js';
import { CargoError } from '../../../../src/cargo/util/errors.js';
import { ensureFixtureRegistry, indexPath, startRegistry, type RunningRegistry } from '../../../../test-support/registry/index.js';
import { makeTestCa } from '../../../../test-support/tls.js';
import { rejection, removeTempDirs, tempDir } from '../../../helpers.js';

let root: string;
let reg: RunningRegistry;
const base = (): string => `http://127.0.0.1:${reg.port}`;
const hits = (p: string): number => reg.requests.filter((r) => r.path === p).length;

beforeAll(async () => {
  root = await ensureFixtureRegistry();
  // Port 0: these tests need no fixed port, so they never wait for other suites.
  reg = await startRegistry({ root, port: 0 });
});
afterAll(async () => {
  await reg.close();
  removeTempDirs();
});
afterEach(() => {
  reg.faults.clear();
  reg.requests.length = 0;
});

const fast = (o: ConstructorParameters<typeof HttpClient>[0] = {}): HttpClient => new HttpClient({ timeoutMs: 1000, backoffMs: 10, ...o });

describe('HttpClient.get', () => {
  test('returns status, lowercase headers and the body bytes', async () => {
    const p = `/index/${indexPath('syn')}`;
    const res = await fast().get(base() + p);
    expect(res.status).toBe(200);
    expect(res.body.equals(fs.readFileSync(path.join(root, 'index', indexPath('syn'))))).toBe(true);
    expect(res.headers.etag).toMatch(/^".+"$/);
    expect(new Date(res.headers['last-modified'] as string).toUTCString()).toBe(res.headers['last-modified']);
  });

  test('passes request headers through (a conditional GET gets its 304)', async () => {
    const url = `${base()}/index/${indexPath('quote')}`;
    const first = await fast().get(url);
    const again = await fast().get(url, { headers: { 'if-none-match': first.headers.etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('a 4xx is returned once, never retried', async () => {
    const p = '/index/no/su/nosuchcrate';
    const res = await fast().get(base() + p);
    expect(res.status).toBe(404);
    expect(hits(p)).toBe(1);
  });

  test('a 500 then success is retried and succeeds', async () => {
    const p = `/index/${indexPath('libc')}`;
    reg.faults.set(p, '500-once');
    const res = await fast().get(base() + p);
    expect(res.status).toBe(200);
    expect(reg.requests.filter((r) => r.path === p).map((r) => r.status)).toEqual([500, 200]);
  });

  test('a lasting 5xx fails after 3 attempts with a one-line error naming the URL and context', async () => {
    const p = `/index/${indexPath('log')}`;
    reg.faults.set(p, 503);
    const e = await rejection(fast({ attempts: 5 }).get(base() + p, { context: 'index file of crate `log`', kind: 'index' }));
    expect(hits(p)).toBe(3);
    expect(e.kind).toBe('index');
    expect(e.message).toContain('index file of crate `log`');
    expect(e.message).toContain(base() + p);
    expect(e.message).toMatch(/HTTP 503.*after 3 attempts/);
    expect(e.message).not.toContain('\n');
  });

  test('attempts can be lowered to 1', async () => {
    const p = `/index/${indexPath('log')}`;
    reg.faults.set(p, 500);
    await rejection(fast({ attempts: 1 }).get(base() + p));
    expect(hits(p)).toBe(1);
  });

  test('a stalled response times out within the configured timeout', async () => {
    const p = `/index/${indexPath('memchr')}`;
    reg.faults.set(p, 'stall');
    const t0 = Date.now();
    const e = await rejection(fast({ timeoutMs: 1000, attempts: 1 }).get(base() + p, { context: 'stall test' }));
    const ms = Date.now() - t0;
    expect(e.message).toMatch(/timed out after 1000 ms/);
    expect(e.message).toContain(base() + p);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(2500);
  });

  test('timeouts are retried like other spurious failures', async () => {
    const p = `/index/${indexPath('memchr')}`;
    reg.faults.set(p, 'stall');
    const e = await rejection(fast({ timeoutMs: 300 }).get(base() + p));
    expect(hits(p)).toBe(3);
    expect(e.message).toMatch(/timed out.*after 3 attempts/);
  });

  test('a body cut short of its Content-Length is an error, after retries', async () => {
    const p = `/index/${indexPath('syn')}`;
    reg.faults.set(p, 'truncate');
    const e = await rejection(fast().get(base() + p));
    expect(hits(p)).toBe(3);
    expect(e.kind).toBe('io');
    expect(e.message).toContain(base() + p);
  });

  test('a refused connection is an io error naming the URL', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const url = `http://127.0.0.1:${port}/index/config.json`;
    const e = await rejection(fast().get(url, { context: 'registry config.json' }));
    expect(e.kind).toBe('io');
    expect(e.message).toContain(url);
    expect(e.message).toMatch(/ECONNREFUSED/);
  });

  test('a URL that is not http(s) is a url error, without a request', async () => {
    const before = reg.requests.length;
    expect((await rejection(fast().get('ftp://127.0.0.1/x'))).kind).toBe('url');
    expect((await rejection(fast().get('not a url'))).kind).toBe('url');
    expect(reg.requests.length).toBe(before);
  });

  test('the registry’s latencyMs delays every answer', async () => {
    const slow = await startRegistry({ root, port: 0, latencyMs: 200 });
    try {
      const t0 = Date.now();
      const res = await fast().get(`http://127.0.0.1:${slow.port}/index/config.json`);
      expect(res.status).toBe(200);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    } finally {
      await slow.close();
    }
  });

  test('at most `concurrency` requests are in flight', async () => {
    const client = fast({ concurrency: 3 });
    let active = 0;
    let peak = 0;
    const url = `${base()}/index/config.json`;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        client.stream(url, {}, async (res) => {
          active++;
          peak = Math.max(peak, active);
          for await (const _ of res.body) void _;
          await new Promise((r) => setTimeout(r, 20));
          active--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });
});

/** A server that answers every request with `answer`, recording the headers it got. */
async function tinyServer(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    answer(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

describe('HttpClient: redirects, HTTP/2 and aborts', () => {
  test('redirects are followed, and a token does not follow one to another origin', async () => {
    const target = await tinyServer((_req, res) => res.end('landed'));
    const hop = await tinyServer((req, res) => {
      const to = req.url === '/same' ? '/other' : `${target.url}/there`;
      if (req.url === '/other') return res.end('same origin');
      res.writeHead(302, { location: to });
      res.end();
    });
    try {
      const client = fast();
      const cross = await client.get(`${hop.url}/cross`, { headers: { authorization: 'secret-token' } });
      expect([cross.status, cross.body.toString(), cross.url]).toEqual([200, 'landed', `${target.url}/there`]);
      expect(hop.seen[0].authorization).toBe('secret-token');
      expect(target.seen.map((h) => h.authorization)).toEqual([undefined]);

      const same = await client.get(`${hop.url}/same`, { headers: { authorization: 'secret-token' } });
      expect([same.body.toString(), same.url]).toEqual(['same origin', `${hop.url}/other`]);
      expect(hop.seen.slice(1).map((h) => h.authorization)).toEqual(['secret-token', 'secret-token']);
      await client.close();
    } finally {
      await hop.close();
      await target.close();
    }
  });

  test('HTTP/2 over TLS with a trusted CA; multiplexing off keeps HTTP/1.1; an untrusted certificate is an error naming the URL', async () => {
    const ca = makeTestCa(tempDir('cc-http-ca-'));
    const h2 = await startRegistry({ root, port: 0, transport: 'h2', tls: ca });
    try {
      const url = `https://127.0.0.1:${h2.port}/index/${indexPath('syn')}`;
      const caPem = fs.readFileSync(ca.caFile, 'utf8');
      const multiplexed = fast({ ca: caPem });
      const answers = await Promise.all([url, url, url].map((u) => multiplexed.get(u)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(h2.requests.map((q) => q.httpVersion)).toEqual(['2.0', '2.0', '2.0']);
      await multiplexed.close();

      const plain = fast({ ca: caPem, multiplexing: false });
      expect((await plain.get(url)).status).toBe(200);
      expect(h2.requests[3].httpVersion).toBe('1.1');
      await plain.close();

      const e = await rejection(fast({ attempts: 1 }).get(url, { context: 'index file of crate `syn`' }));
      expect(e.kind).toBe('io');
      expect(e.message).toMatch(new RegExp(`^index file of crate \`syn\`: .*(certificate|CERT).* \\(GET ${url.replace(/[.]/g, '\\.')}\\)$`));
    } finally {
      await h2.close();
    }
  });

  test('aborting the client’s signal ends a request in flight at once, without retries', async () => {
    const p = `/index/${indexPath('syn')}`;
    reg.faults.set(p, 'stall');
    const abort = new AbortController();
    const client = new HttpClient({ timeoutMs: 60_000, backoffMs: 10, signal: abort.signal });
    const t0 = Date.now();
    const pending = rejection(client.get(base() + p, { context: 'index file of crate `syn`' }));
    setTimeout(() => abort.abort(), 50);
    const e = await pending;
    expect(e.message).toBe(`index file of crate \`syn\`: aborted (GET ${base()}${p})`);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(hits(p)).toBe(1);
    await client.close();
  });
});

describe('limit', () => {
  test('runs at most n tasks at once and returns each task’s own result', async () => {
    const run = limit(2);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      [5, 1, 4, 2, 3].map((d, i) =>
        run(async () => {
          started.push(i);
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, d * 5));
          active--;
          return i * 10;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(results).toEqual([0, 10, 20, 30, 40]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  test('a failing task frees its slot', async () => {
    const run = limit(1);
    await expect(run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(run(async () => 'next')).resolves.toBe('next');
  });

  test('defaults to 16', async () => {
    const run = limit();
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 40 }, () =>
        run(async () => {
          peak = Math.max(peak, ++active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
        }),
      ),
    );
    expect(peak).toBe(16);
  });

  test('rejects a non-positive limit', () => {
    expect(() => limit(0)).toThrow(CargoError);
  });
});
