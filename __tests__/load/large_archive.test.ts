// An archive over 128 MiB through the test cache service: @actions/cache
// uploads anything bigger than that in 64 MiB blocks (Put Block + Put Block
// List) instead of one shot. Saved, restored, and compared byte for byte.
import { jest } from '@jest/globals';
import * as cache from '@actions/cache';
import { BlockBlobClient } from '@azure/storage-blob';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startCacheService, TWIRP_PREFIX, type CacheService } from '../../test-support/cache-service/index.js';
import { removeTmpDirs, tmpDir } from './load_support.js';

jest.setTimeout(180_000);

const MiB = 1024 * 1024;
// Random bytes do not compress, so the archive stays above the single-shot limit.
const SIZE = 130 * MiB;
const SINGLE_SHOT_LIMIT = 128 * MiB;

let service: CacheService;
let workspace: string;
const savedEnv = { ...process.env };

async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((() => true) as typeof process.stdout.write);
  try {
    return await fn();
  } finally {
    spy.mockRestore();
  }
}

/** Writes `size` random bytes, returning their sha256. */
function writeRandom(file: string, size: number): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'w');
  try {
    for (let left = size; left > 0; left -= 8 * MiB) {
      const chunk = randomBytes(Math.min(8 * MiB, left));
      hash.update(chunk);
      fs.writeSync(fd, chunk);
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(8 * MiB);
  try {
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  service = await startCacheService({ azuritePort: 0, shimPort: 0 });
  workspace = tmpDir('ws-large');
  Object.assign(process.env, service.env, { RUNNER_TEMP: tmpDir('runner-temp'), GITHUB_WORKSPACE: workspace });
  delete process.env.GITHUB_SERVER_URL;
  delete process.env.ACTIONS_CACHE_URL;
});

afterAll(async () => {
  await service?.close();
  process.env = savedEnv;
  removeTmpDirs();
});

test('a 130 MiB archive is uploaded in blocks and restored intact', async () => {
  const home = path.join(workspace, 'cargo-home');
  const crate = path.join(home, 'registry', 'cache', 'big-0000000000000000', 'big-1.0.0.crate');
  fs.mkdirSync(path.dirname(crate), { recursive: true });
  const want = writeRandom(crate, SIZE);

  const t0 = performance.now();
  const id = await quietly(() => cache.saveCache([home], 'large-archive-1'));
  const saveMs = performance.now() - t0;
  expect(id).toBeGreaterThan(0);
  const entry = service.entries().find((e) => e.key === 'large-archive-1');
  expect(entry).toMatchObject({ finalized: true });
  expect(entry!.sizeBytes).toBeGreaterThan(SINGLE_SHOT_LIMIT);

  // The blob was committed as a block list, not a single Put Blob.
  const res = await fetch(new URL(TWIRP_PREFIX + 'GetCacheEntryDownloadURL', service.env.ACTIONS_RESULTS_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}` },
    body: JSON.stringify({ key: 'large-archive-1', version: entry!.version }),
  });
  const url = String(((await res.json()) as { signed_download_url?: string }).signed_download_url);
  const blocks = (await new BlockBlobClient(url).getBlockList('committed')).committedBlocks ?? [];
  expect(blocks.length).toBeGreaterThanOrEqual(3);
  expect(blocks.reduce((n, b) => n + (b.size ?? 0), 0)).toBe(entry!.sizeBytes);

  fs.rmSync(home, { recursive: true, force: true });
  const t1 = performance.now();
  const hit = await quietly(() => cache.restoreCache([home], 'large-archive-1'));
  const restoreMs = performance.now() - t1;
  expect(hit).toBe('large-archive-1');
  expect(fs.statSync(crate).size).toBe(SIZE);
  expect(sha256File(crate)).toBe(want);
  process.stderr.write(
    `large archive: ${((entry!.sizeBytes ?? 0) / MiB).toFixed(1)} MiB in ${blocks.length} blocks, save ${(saveMs / 1000).toFixed(1)} s, restore ${(restoreMs / 1000).toFixed(1)} s\n`,
  );
});
