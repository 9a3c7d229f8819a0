import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CargoError } from './errors.js';

export interface FileLock {
  /** False where no `flock` tool exists: writes still go through temp files and renames. */
  held: boolean;
  release(): Promise<void>;
}

/**
 * An exclusive flock(2) on `file`, the lock cargo takes on
 * `$CARGO_HOME/.package-cache` while it downloads. Node has no flock, so
 * util-linux `flock` holds it for us, running `cat` under the lock: the
 * echo of a line proves the lock is taken, closing stdin releases it.
 * `onWait` is called once the lock has not been taken within `noticeMs`.
 */
export async function lockExclusive(file: string, timeoutMs = 600_000, onWait?: () => void, noticeMs = 1000): Promise<FileLock> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let child: ChildProcess;
  try {
    child = spawn('flock', ['--exclusive', '--wait', String(Math.ceil(timeoutMs / 1000)), file, 'cat'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
  } catch {
    return { held: false, release: async () => undefined };
  }
  const held = await new Promise<boolean>((resolve, reject) => {
    const waiting = setTimeout(() => onWait?.(), noticeMs);
    child.once('error', () => (clearTimeout(waiting), resolve(false)));
    child.once('exit', (code) => {
      clearTimeout(waiting);
      if (code === 1) reject(new CargoError('io', `timed out after ${timeoutMs / 1000} s waiting for the lock on ${file}`));
      else resolve(false);
    });
    child.stdout!.once('data', () => (clearTimeout(waiting), resolve(true)));
    child.stdin!.write('locked\n');
  });
  if (!held) return { held: false, release: async () => undefined };
  child.removeAllListeners('exit');
  return {
    held: true,
    release: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}
