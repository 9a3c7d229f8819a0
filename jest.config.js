// ESM mode: the @actions/* toolkit is ESM-only, so tests run under
// `node --experimental-vm-modules`; esbuild strips the types (scripts/test.mjs
// typechecks first).

/**
 * scripts/test.mjs runs two lanes side by side, one file at a time each.
 * This one must hold every suite that serves the fixture registry on its
 * fixed port (18931, part of the registry directory names cargo and the
 * examples use) or the synthetic one (18932), so that they never overlap;
 * the last two suites need no fixed port and are here only to even out the
 * lanes' lengths.
 */
export const SERIAL_SUITES = [
  '__tests__/e2e/options.test.ts',
  '__tests__/e2e/action_lifecycle.test.ts',
  '__tests__/e2e/git_and_multi.test.ts',
  '__tests__/differential/check_vs_cargo.test.ts',
  '__tests__/test-support/registry.test.ts',
  '__tests__/cargo/sources/registry/unpack.test.ts',
  '__tests__/e2e/registry_transports.test.ts',
  '__tests__/cargo/sources/git/git_remote.test.ts',
];

export default {
  testEnvironment: '<rootDir>/test-support/jest/environment.cjs',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/test-support/jest/esbuild_transform.cjs' },
  testTimeout: 30000,
};
