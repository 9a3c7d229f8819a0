// The one way tests make temporary directories: `tempDir(prefix)` under the
// system temp directory, removed when the test file ends (by the Jest
// environment in test-support/jest/environment.cjs, whatever the outcome) or
// sooner by `removeTempDirs()`. scripts/test.mjs also points TMPDIR at a
// directory of its own and removes it at the end, which catches what child
// processes (cargo, the action's steps) leave behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where the environment finds the list: a global, as it lives outside the test's module registry. */
const KEY = '__crateCacheTempDirs';

function made(): string[] {
  const g = globalThis as unknown as Record<string, string[] | undefined>;
  return (g[KEY] ??= []);
}

/** A new empty directory named `<prefix>XXXXXX` in the temp directory, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made().push(dir);
  return dir;
}

/** Removes every directory tempDir made so far. */
export function removeTempDirs(): void {
  for (const dir of made().splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A directory kept from run to run on purpose, such as a cargo target dir
 * that suites share so that the crates compile once: under the system temp
 * directory, not the run's own TMPDIR (scripts/test.mjs passes the former as
 * CC_TEST_CACHE_DIR).
 */
export function keptDir(name: string): string {
  return path.join(process.env.CC_TEST_CACHE_DIR ?? os.tmpdir(), name);
}
