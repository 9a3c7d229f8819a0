import fs from 'node:fs';
import path from 'node:path';
import { readText, MAX_CONFIG_BYTES, MAX_LOCKFILE_BYTES } from '../../../src/cargo/util/paths.js';
import { GlobalContext } from '../../../src/cargo/util/context.js';
import { CargoError } from '../../../src/cargo/util/errors.js';
import { tempDir } from '../../../test-support/tmp.js';

/** A sparse file: its size is seen without writing (or reading) the bytes. */
function sparse(file: string, bytes: number): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  fs.truncateSync(file, bytes);
  return file;
}

describe('size caps', () => {
  const dir = tempDir('cc-caps-');

  test('a Cargo.lock over 64 MiB is refused up front with its size', () => {
    const file = sparse(path.join(dir, 'Cargo.lock'), MAX_LOCKFILE_BYTES + 1);
    const t0 = performance.now();
    expect(() => readText(file, 'lockfile', MAX_LOCKFILE_BYTES, 'Cargo.lock')).toThrow(/Cargo\.lock is 64\.0 MiB; files over 64 MiB are refused/);
    expect(performance.now() - t0).toBeLessThan(100);
  });

  test('a .cargo/config.toml over 4 MiB is refused by GlobalContext.load, naming the file', () => {
    const ws = path.join(dir, 'ws');
    const file = sparse(path.join(ws, '.cargo', 'config.toml'), MAX_CONFIG_BYTES + 1);
    let err: unknown;
    try {
      GlobalContext.load(ws, { CARGO_HOME: path.join(dir, 'home') });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CargoError);
    expect((err as CargoError).oneLine()).toBe(`${file}: configuration file is 4.0 MiB; files over 4 MiB are refused`);
  });

  test('a missing file is one clear line', () => {
    expect(() => readText(path.join(dir, 'nope'), 'manifest', 1 << 20, 'manifest')).toThrow(/failed to read manifest: ENOENT/);
  });
});
