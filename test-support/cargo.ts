// The one way tests find cargo: ~/.cargo/bin first (where rustup puts it),
// then PATH. Suites that need it use describeWithCargo/testWithCargo, which
// skip with a notice when cargo is missing, except under CI=true, where they
// run and fail (scripts/test.mjs also stops before Jest in that case).
import { describe, test } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where rustup installs cargo. */
export const CARGO_HOME_BIN = path.join(os.homedir(), '.cargo', 'bin');

function findCargo(): string | undefined {
  const dirs = [CARGO_HOME_BIN, ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean)];
  return dirs.map((d) => path.join(d, 'cargo')).find((c) => fs.existsSync(c));
}

/** The cargo executable, or undefined when none is installed. */
export const CARGO: string | undefined = findCargo();
export const hasCargo = CARGO !== undefined;
/** The directory holding cargo (~/.cargo/bin when none is found, so that PATHs stay well-formed). */
export const CARGO_BIN = CARGO ? path.dirname(CARGO) : CARGO_HOME_BIN;

const underCI = process.env.CI === 'true';

if (!hasCargo) {
  const missing = `cargo is not installed (looked in ${CARGO_HOME_BIN} and PATH)`;
  if (underCI) console.error(`${missing}, and CI=true: the tests that need it run, and fail`);
  else console.warn(`${missing}: skipping the tests that need it`);
}

/**
 * `describe` for suites that need cargo: skipped when it is missing, except
 * under CI=true, where they run (and fail) instead of passing silently.
 */
export const describeWithCargo = (hasCargo || underCI ? describe : describe.skip) as typeof describe;
/** `test` for tests that need cargo, skipped like describeWithCargo. */
export const testWithCargo = (hasCargo || underCI ? test : test.skip) as typeof test;
