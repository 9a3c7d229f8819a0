import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';
import { CargoError } from '../src/cargo/util/errors.js';
import { tempDir } from '../test-support/tmp.js';

export { removeTempDirs, tempDir } from '../test-support/tmp.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A copy of the bundled examples workspace, without build output. */
export function copyExamples(): string {
  const dir = path.join(tempDir('cc-examples-'), 'examples');
  fs.cpSync(path.join(REPO, 'examples'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}target`) });
  return dir;
}

export function runNode(script: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [path.join(REPO, script), ...args], {
    cwd: opts.cwd ?? REPO,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every regular file under `dir`, relative, sorted (symlinks are not followed). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.lstatSync(path.join(dir, f)).isFile()).sort();
}

/** The CargoError a promise rejects with (the test fails if it resolves or throws anything else). */
export async function rejection(p: Promise<unknown>): Promise<CargoError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CargoError);
  return e as CargoError;
}
