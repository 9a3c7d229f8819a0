import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { lockExclusive } from '../../../src/cargo/util/flock.js';
import { tempDir } from '../../../test-support/tmp.js';

const run = promisify(execFile);

describe('lockExclusive', () => {
  const file = path.join(tempDir('cc-flock-'), '.package-cache');

  test('holds a real flock that another process (as cargo would) cannot take until released', async () => {
    const lock = await lockExclusive(file);
    expect(lock.held).toBe(true);
    await expect(run('flock', ['--exclusive', '--nonblock', file, 'true'])).rejects.toMatchObject({ code: 1 });
    await lock.release();
    await expect(run('flock', ['--exclusive', '--nonblock', file, 'true'])).resolves.toMatchObject({ stdout: '', stderr: '' });
  });

  test('waits for a holder, and tells the caller it is waiting', async () => {
    const first = await lockExclusive(file);
    let told!: () => void;
    const waited = new Promise<void>((r) => (told = r));
    // The notice comes after 50 ms here (1 s in production), while the first holder still has the lock.
    const second = lockExclusive(file, 10_000, () => told(), 50);
    await waited;
    await expect(run('flock', ['--exclusive', '--nonblock', file, 'true'])).rejects.toMatchObject({ code: 1 });
    await first.release();
    const lock = await second;
    expect(lock.held).toBe(true);
    await lock.release();
  });

  test('times out with one clear line', async () => {
    const first = await lockExclusive(file);
    await expect(lockExclusive(file, 1000)).rejects.toThrow(/timed out after 1 s waiting for the lock on .*\.package-cache/);
    await first.release();
  });
});
