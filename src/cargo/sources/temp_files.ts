import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles } from '../util/paths.js';

// `.<final name>.<pid>-<hex>.tmp`, as the registry client names what it is still writing.
const TEMP = /^\.(.+)\.(\d+)-[0-9a-f]+\.tmp$/;

/**
 * Removes temp files left under `rel` by a fetch that was killed: those whose
 * writer (the pid in the name) no longer runs. A live writer's are kept.
 */
export function sweepDeadTempFiles(cargoHome: string, rel: string): string[] {
  const removed: string[] = [];
  for (const file of listFiles(cargoHome, rel)) {
    const m = TEMP.exec(path.posix.basename(file));
    if (!m || alive(Number(m[2]))) continue;
    fs.rmSync(path.join(cargoHome, file), { force: true });
    removed.push(file);
  }
  return removed;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
