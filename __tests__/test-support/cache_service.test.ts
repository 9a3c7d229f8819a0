// The test cache service (Azurite + Twirp shim) driven by @actions/cache
// itself, and the runner emulation driving small entry scripts.
import { jest } from '@jest/globals';
import * as cache from '@actions/cache';
import { BlockBlobClient } from '@azure/storage-blob';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listArchive, startCacheService, TWIRP_PREFIX, type CacheService } from '../../test-support/cache-service/index.js';
import { parseFileCommands, parseWorkflowCommands, REPO_ROOT, runJob, runStep } from '../../test-support/runner.js';
import { tempDir } from '../../test-support/tmp.js';

jest.setTimeout(60_000);

const tmpDirs: string[] = [];
function tmpDir(prefix: string): string {
  const dir = tempDir(`crate-cache-${prefix}-`);
  tmpDirs.push(dir);
  return dir;
}

let service: CacheService;
let workspace: string;
const savedEnv = { ...process.env };

// Everything @actions/core prints while `fn` runs (it writes to stdout).
async function captureStdout<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  }) as typeof process.stdout.write);
  let out = '';
  try {
    return { value: await fn(), out };
  } finally {
    spy.mockRestore();
  }
}

function writeTree(root: string, files: Record<string, string>): void {
  fs.rmSync(root, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

const read = (rel: string) => fs.readFileSync(path.join(workspace, rel), 'utf8');

async function twirp(method: string, body: unknown, timeoutMs = 10_000): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL(TWIRP_PREFIX + method, service.env.ACTIONS_RESULTS_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  service = await startCacheService();
  workspace = tmpDir('ws');
  Object.assign(process.env, service.env, { RUNNER_TEMP: tmpDir('runner-temp'), GITHUB_WORKSPACE: workspace });
  delete process.env.GITHUB_SERVER_URL;
  delete process.env.ACTIONS_CACHE_URL;
});

afterAll(async () => {
  await service?.close();
  process.env = savedEnv;
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

afterEach(async () => {
  await service.setFault('none');
});

describe('cache service with @actions/cache', () => {
  const data = () => path.join(workspace, 'data');

  test('save, then restore into an emptied directory on an exact key', async () => {
    writeTree(data(), { 'a.txt': 'alpha\n', 'sub/b.txt': 'beta\n' });
    const { value: id } = await captureStdout(() => cache.saveCache([data()], 'exact-1'));
    expect(id).toBeGreaterThan(0);

    const entry = service.entries().find((e) => e.key === 'exact-1');
    expect(entry).toMatchObject({ finalized: true, id });
    expect(entry!.sizeBytes).toBe((await service.readEntryBlob('exact-1')).length);
    expect(await service.listArchive('exact-1')).toEqual(expect.arrayContaining(['data/a.txt', 'data/sub/b.txt']));

    fs.rmSync(data(), { recursive: true });
    const { value: hit } = await captureStdout(() => cache.restoreCache([data()], 'exact-1'));
    expect(hit).toBe('exact-1');
    expect(read('data/a.txt')).toBe('alpha\n');
    expect(read('data/sub/b.txt')).toBe('beta\n');
  });

  test('restore keys are prefixes tried in order; the newest match wins', async () => {
    writeTree(data(), { 'v.txt': 'old\n' });
    await captureStdout(() => cache.saveCache([data()], 'deps-linux-aaa'));
    writeTree(data(), { 'v.txt': 'new\n' });
    await captureStdout(() => cache.saveCache([data()], 'deps-linux-bbb'));

    fs.rmSync(data(), { recursive: true });
    const { value: newest, out } = await captureStdout(() => cache.restoreCache([data()], 'deps-linux-zzz', ['nothing-', 'deps-linux-']));
    expect(newest).toBe('deps-linux-bbb');
    expect(out).toContain('Cache hit for restore-key: deps-linux-bbb');
    expect(read('data/v.txt')).toBe('new\n');

    const { value: first } = await captureStdout(() => cache.restoreCache([data()], 'deps-linux-zzz', ['deps-linux-a', 'deps-']));
    expect(first).toBe('deps-linux-aaa');
    expect(read('data/v.txt')).toBe('old\n');
  });

  test('a miss returns undefined and leaves the directory alone', async () => {
    writeTree(data(), { 'keep.txt': 'kept\n' });
    const { value } = await captureStdout(() => cache.restoreCache([data()], 'absent-key', ['absent-']));
    expect(value).toBeUndefined();
    expect(read('data/keep.txt')).toBe('kept\n');
  });

  test('a different cache version (other paths) misses', async () => {
    writeTree(data(), { 'x.txt': 'x\n' });
    await captureStdout(() => cache.saveCache([data()], 'versioned-1'));
    const { value: miss } = await captureStdout(() => cache.restoreCache([data(), path.join(workspace, 'other')], 'versioned-1', [], { lookupOnly: true }));
    expect(miss).toBeUndefined();
    const { value: hit } = await captureStdout(() => cache.restoreCache([data()], 'versioned-1', [], { lookupOnly: true }));
    expect(hit).toBe('versioned-1');
  });

  test('saving an existing key gets 409 already_exists; the library logs and returns', async () => {
    writeTree(data(), { 'd.txt': 'first\n' });
    await captureStdout(() => cache.saveCache([data()], 'dup-1'));
    const before = service.entries().length;
    writeTree(data(), { 'd.txt': 'second\n' });
    const { value, out } = await captureStdout(() => cache.saveCache([data()], 'dup-1'));
    expect(value).toBe(-1);
    expect(out).toContain('Failed to save: Unable to reserve cache with key dup-1');
    expect(service.calls.at(-1)).toMatchObject({ method: 'CreateCacheEntry', status: 409, body: { code: 'already_exists' } });
    expect(service.entries()).toHaveLength(before);
  });

  test('every signed URL is distinct, and Azurite checks the signature', async () => {
    writeTree(data(), { 's.txt': 's\n' });
    await captureStdout(() => cache.saveCache([data()], 'signed-1'));
    const { version } = service.entries().find((e) => e.key === 'signed-1')!;
    const a = await twirp('GetCacheEntryDownloadURL', { key: 'signed-1', version });
    const b = await twirp('GetCacheEntryDownloadURL', { key: 'signed-1', version, restore_keys: [] });
    expect(a.json).toMatchObject({ ok: true, matched_key: 'signed-1' });
    const [ua, ub] = [String(a.json.signed_download_url), String(b.json.signed_download_url)];
    expect(ua).not.toBe(ub);
    for (const u of [ua, ub]) expect((await fetch(u)).status).toBe(200);
    expect((await fetch(ua.replace(/sig=[^&]+/, 'sig=AAAA'))).status).toBe(403);
    expect((await fetch(new URL(ua).origin + new URL(ua).pathname)).status).not.toBe(200);
  });

  test('errors are JSON Twirp errors', async () => {
    expect(await twirp('NoSuchMethod', { key: 'k', version: 'v' })).toMatchObject({ status: 404, json: { code: 'bad_route' } });
    expect(await twirp('CreateCacheEntry', { key: 'k' })).toMatchObject({ status: 400, json: { code: 'invalid_argument' } });
    expect(await twirp('FinalizeCacheEntryUpload', { key: 'never-created', version: 'v', size_bytes: '1' })).toMatchObject({
      status: 404,
      json: { code: 'not_found' },
    });
    const noAuth = await fetch(new URL(TWIRP_PREFIX + 'CreateCacheEntry', service.env.ACTIONS_RESULTS_URL), { method: 'POST', body: '{}' });
    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toMatchObject({ code: 'unauthenticated' });
  });

  test('multi-block uploads (Put Block / Put Block List) to the signed URL', async () => {
    // @actions/cache pins 64 MiB blocks and single-shot uploads up to 128 MiB,
    // so drive the blob SDK directly with small blocks.
    const created = await twirp('CreateCacheEntry', { key: 'blocks-1', version: 'v-blocks' });
    expect(created.json.ok).toBe(true);
    const bytes = Buffer.alloc(3.5 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 251;
    await new BlockBlobClient(String(created.json.signed_upload_url)).uploadData(bytes, {
      blockSize: 1024 * 1024,
      maxSingleShotSize: 1024 * 1024,
      concurrency: 2,
    });
    const finalized = await twirp('FinalizeCacheEntryUpload', { key: 'blocks-1', version: 'v-blocks', size_bytes: String(bytes.length) });
    expect(finalized.json).toMatchObject({ ok: true, entry_id: expect.any(String) });
    expect((await service.readEntryBlob('blocks-1')).equals(bytes)).toBe(true);

    const url = String((await twirp('GetCacheEntryDownloadURL', { key: 'blocks-1', version: 'v-blocks' })).json.signed_download_url);
    const list = await new BlockBlobClient(url).getBlockList('committed');
    expect(list.committedBlocks).toHaveLength(4);
  });

  test('finalize rejects a size that does not match the blob', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'size-1', version: 'v' });
    await new BlockBlobClient(String(created.json.signed_upload_url)).uploadData(Buffer.from('12345'));
    const res = await twirp('FinalizeCacheEntryUpload', { key: 'size-1', version: 'v', size_bytes: '4' });
    expect(res.json).toMatchObject({ ok: false, message: expect.stringContaining('does not match') });
    expect(service.entries().find((e) => e.key === 'size-1')?.finalized).toBe(false);
  });
});

describe('fault switches', () => {
  const data = () => path.join(workspace, 'data');

  beforeAll(async () => {
    writeTree(data(), { 'f.txt': 'fault\n' });
    await captureStdout(() => cache.saveCache([data()], 'fault-base'));
  });

  test('refuse: connection refused is a restore miss with a warning, then service resumes', async () => {
    await service.setFault('refuse');
    const { value, out } = await captureStdout(() => cache.restoreCache([data()], 'fault-base'));
    expect(value).toBeUndefined();
    expect(out).toMatch(/::warning::Failed to restore: .*ECONNREFUSED/);
    await service.setFault('none');
    const { value: again } = await captureStdout(() => cache.restoreCache([data()], 'fault-base', [], { lookupOnly: true }));
    expect(again).toBe('fault-base');
  });

  test('429 is not retried', async () => {
    await service.setFault('429');
    const n = service.calls.length;
    const { value, out } = await captureStdout(() => cache.restoreCache([data()], 'fault-base', [], { lookupOnly: true }));
    expect(value).toBeUndefined();
    expect(out).toContain('Rate limited');
    expect(service.calls.slice(n).map((c) => c.status)).toEqual([429]);
  });

  test('500-once is retried and then succeeds', async () => {
    await service.setFault('500-once', { methods: ['GetCacheEntryDownloadURL'] });
    const n = service.calls.length;
    const { value } = await captureStdout(() => cache.restoreCache([data()], 'fault-base', [], { lookupOnly: true }));
    expect(value).toBe('fault-base');
    expect(service.calls.slice(n).map((c) => c.status)).toEqual([500, 200]);
  });

  test('409-on-create and finalize-fails leave no finalized entry', async () => {
    await service.setFault('409-on-create');
    const { value: refused } = await captureStdout(() => cache.saveCache([data()], 'fault-new-1'));
    expect(refused).toBe(-1);
    await service.setFault('finalize-fails');
    const { value: unfinalized, out } = await captureStdout(() => cache.saveCache([data()], 'fault-new-2'));
    expect(unfinalized).toBe(-1);
    expect(out).toContain('::warning::finalize of fault-new-2 failed');
    expect(service.entries().filter((e) => e.key.startsWith('fault-new-') && e.finalized)).toEqual([]);
  });

  test('hang: the request is held open until the client gives up', async () => {
    await service.setFault('hang');
    await expect(twirp('GetCacheEntryDownloadURL', { key: 'fault-base', version: 'v' }, 1500).catch((e: Error) => Promise.reject(e.name))).rejects.toBe(
      'TimeoutError',
    );
    expect(service.calls.at(-1)).toMatchObject({ method: 'GetCacheEntryDownloadURL', status: 0 });
  }, 20_000);

  test.each([
    ['download-truncated', /::warning::Failed to restore: aborted/],
    ['download-corrupt', /::warning::Failed to restore: .*tar' failed/],
  ] as const)('%s: restore fails as a miss', async (fault, message) => {
    await service.setFault(fault);
    const { value, out } = await captureStdout(() => cache.restoreCache([data()], 'fault-base'));
    expect(value).toBeUndefined();
    expect(out).toMatch(message);
  });
});

describe('listArchive', () => {
  test('rejects bytes that are not an archive', () => {
    expect(() => listArchive(Buffer.from('definitely not a tarball, just text'))).toThrow(/tar -tf failed: .*not look like a tar archive/);
  });
});

describe('runner emulation', () => {
  const coreUrl = pathToFileURL(path.join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js')).href;
  const cacheUrl = pathToFileURL(path.join(REPO_ROOT, 'node_modules/@actions/cache/lib/cache.js')).href;

  function script(dir: string, name: string, body: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `import * as core from ${JSON.stringify(coreUrl)};\nimport * as cache from ${JSON.stringify(cacheUrl)};\n${body}\n`);
    return file;
  }

  test('file commands, annotations and state reach the post step, which runs after a failed main', async () => {
    const dir = tmpDir('steps');
    const main = script(
      dir,
      'main.mjs',
      `
      core.setOutput('multi', 'line one\\nline two');
      core.setOutput('prefix', core.getInput('key-prefix'));
      core.setOutput('spaced', core.getInput('my input'));
      core.saveState('token', 'from-main=' + process.env.GITHUB_EVENT_NAME);
      core.exportVariable('FROM_MAIN', 'exported');
      core.addPath('/opt/from-main/bin');
      core.setSecret('s3cr3t');
      core.error('stale, lockfile: yes', { file: 'Cargo.toml', startLine: 3, startColumn: 5, title: 'Lock: stale' });
      core.warning('just a warning');
      await core.summary.addRaw('## Summary\\n').write();
      core.setFailed('main failed');
      `,
    );
    const post = script(
      dir,
      'post.mjs',
      `
      core.setOutput('seen', JSON.stringify({
        state: core.getState('token'),
        fromMain: process.env.FROM_MAIN,
        pathFirst: process.env.PATH.split(':')[0],
        serverUrl: process.env.GITHUB_SERVER_URL ?? null,
        runnerOs: process.env.RUNNER_OS,
        workspace: process.env.GITHUB_WORKSPACE,
        cwd: process.cwd(),
      }));
      `,
    );
    const cwd = tmpDir('job-cwd');
    const { main: m, post: p } = await runJob({
      main,
      post,
      cwd,
      inputs: { 'my input': 'with space' },
      env: { GITHUB_SERVER_URL: 'https://ghes.example.com' },
      event: 'pull_request',
    });

    expect(m.code).toBe(1);
    expect(m.outputs).toEqual({ multi: 'line one\nline two', prefix: 'v1-crate-cache', spaced: 'with space' });
    expect(m.state).toEqual({ token: 'from-main=pull_request' });
    expect(m.env).toEqual({ FROM_MAIN: 'exported' });
    expect(m.summary).toBe('## Summary\n');
    expect(m.masks).toEqual(['s3cr3t']);
    expect(m.annotations).toEqual([
      { level: 'error', file: 'Cargo.toml', line: 3, col: 5, title: 'Lock: stale', message: 'stale, lockfile: yes' },
      { level: 'warning', message: 'just a warning' },
      { level: 'error', message: 'main failed' },
    ]);

    expect(p.code).toBe(0);
    const fs_ = await fs.promises.realpath(cwd);
    expect(JSON.parse(p.outputs.seen)).toEqual({
      state: 'from-main=pull_request',
      fromMain: 'exported',
      pathFirst: '/opt/from-main/bin',
      serverUrl: null,
      runnerOs: 'Linux',
      workspace: cwd,
      cwd: fs_,
    });
  });

  test('a step saves to and a later step restores from the cache service', async () => {
    const dir = tmpDir('cache-steps');
    const cwd = tmpDir('cache-cwd');
    writeTree(path.join(cwd, 'stuff'), { 'n.txt': 'through the runner\n' });
    const save = script(dir, 'save.mjs', `core.setOutput('id', String(await cache.saveCache(['stuff'], core.getInput('key'))));`);
    const restore = script(dir, 'restore.mjs', `core.setOutput('hit', String(await cache.restoreCache(['stuff'], core.getInput('key'))));`);

    const saved = await runStep(save, { cwd, inputs: { key: 'runner-1' }, env: service.env });
    expect(saved.code).toBe(0);
    expect(Number(saved.outputs.id)).toBeGreaterThan(0);
    expect(await service.listArchive('runner-1')).toContain('stuff/n.txt');

    fs.rmSync(path.join(cwd, 'stuff'), { recursive: true });
    const restored = await runStep(restore, { cwd, inputs: { key: 'runner-1' }, env: service.env });
    expect(restored.outputs.hit).toBe('runner-1');
    expect(fs.readFileSync(path.join(cwd, 'stuff/n.txt'), 'utf8')).toBe('through the runner\n');
  });

  test('a step that outlives its timeout is killed', async () => {
    const dir = tmpDir('slow');
    const slow = script(dir, 'slow.mjs', `await new Promise((r) => setTimeout(r, 60_000));`);
    const r = await runStep(slow, { cwd: dir, timeoutMs: 500 });
    expect(r).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
  });

  test('parsers: heredoc and legacy file commands, escaped workflow commands', () => {
    expect(parseFileCommands('a<<EOF\nx\ny\nEOF\nb=1=2\nc<<D\n\nD\n')).toEqual([
      ['a', 'x\ny'],
      ['b', '1=2'],
      ['c', ''],
    ]);
    expect(() => parseFileCommands('a<<EOF\nnever closed\n')).toThrow(/delimiter EOF/);
    expect(parseWorkflowCommands('noise\n::notice file=a%2Cb.rs,line=7,endLine=9::100%25 done%0Anext\n')).toEqual({
      annotations: [{ level: 'notice', file: 'a,b.rs', line: 7, endLine: 9, message: '100% done\nnext' }],
      masks: [],
    });
  });
});
