import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_CARGO_VERSION,
  detectCargoVersion,
  parseCargoVersion,
  usesStableHash,
} from '../../../src/cargo/util/cargo_version.js';
import { CargoError } from '../../../src/cargo/util/errors.js';

describe('parseCargoVersion', () => {
  test.each([
    ['cargo 1.95.0 (f2d3ce0bd 2026-03-21)', 1, 95],
    ['cargo 1.65.0 (4bc8f24d3 2022-10-20)\n', 1, 65],
    ['cargo 1.86.0-nightly (cecde95c1 2025-01-24)', 1, 86],
  ])('%s', (out, major, minor) => {
    expect(parseCargoVersion(out)).toEqual({ major, minor });
  });

  test('rejects garbage with a CargoError', () => {
    expect(() => parseCargoVersion('rustc 1.95.0')).toThrow(CargoError);
    expect(() => parseCargoVersion('')).toThrow(/cargo version/);
  });
});

describe('usesStableHash', () => {
  test('switches at 1.85', () => {
    expect(usesStableHash({ major: 1, minor: 84 })).toBe(false);
    expect(usesStableHash({ major: 1, minor: 85 })).toBe(true);
    expect(usesStableHash({ major: 2, minor: 0 })).toBe(true);
  });
});

describe('detectCargoVersion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cargo-version-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads the version from a cargo binary', () => {
    const fake = join(dir, 'fake-cargo');
    writeFileSync(fake, '#!/bin/sh\n[ "$1" = "-V" ] && echo "cargo 1.72.1 (103a7ff2e 2023-08-15)"\n');
    chmodSync(fake, 0o755);
    expect(detectCargoVersion({ cargo: fake })).toEqual({ major: 1, minor: 72 });
  });

  test('falls back to the default when cargo is missing or prints junk', () => {
    expect(detectCargoVersion({ cargo: join(dir, 'does-not-exist') })).toEqual(DEFAULT_CARGO_VERSION);
    const junk = join(dir, 'junk-cargo');
    writeFileSync(junk, '#!/bin/sh\necho hello\n');
    chmodSync(junk, 0o755);
    expect(detectCargoVersion({ cargo: junk })).toEqual({ major: 1, minor: 95 });
  });

  test('says in one line why it falls back', () => {
    const said: string[] = [];
    const onFallback = (m: string) => said.push(m);
    const failing = join(dir, 'failing-cargo');
    writeFileSync(failing, '#!/bin/sh\necho "error: toolchain not installed" >&2\nexit 1\n');
    chmodSync(failing, 0o755);
    detectCargoVersion({ cargo: join(dir, 'does-not-exist'), onFallback });
    detectCargoVersion({ cargo: join(dir, 'junk-cargo'), onFallback });
    detectCargoVersion({ cargo: failing, onFallback });
    detectCargoVersion({ env: { PATH: dir }, onFallback });
    expect(said).toEqual([
      `\`${join(dir, 'does-not-exist')}\` does not exist; assuming cargo 1.95`,
      'cannot read a cargo version from `hello`; assuming cargo 1.95',
      `\`${failing} -V\` failed: error: toolchain not installed; assuming cargo 1.95`,
      'no `cargo` on PATH; assuming cargo 1.95',
    ]);
    expect(detectCargoVersion({ cargo: join(dir, 'fake-cargo'), onFallback })).toEqual({ major: 1, minor: 72 });
    expect(said).toHaveLength(4);
  });
});
