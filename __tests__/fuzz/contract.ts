// The contract every fuzzed entry point must keep: return, or throw the
// core's own CargoError with a one-line message (and a location where the
// input has one), within 1 s per input.
import fs from 'node:fs';
import fc from 'fast-check';
import { CargoError } from '../../src/cargo/util/errors.js';

/** Per-input wall-time budget. */
export const BUDGET_MS = 1000;

const CI_RUNS = 200;
const CI_SEED = 0x5eed;

// Generated inputs (property runs) and parser calls made under the contract.
let generated = 0;
let inputs = 0;

/**
 * Runs per property. `FUZZ_RUNS` unset is the CI slice (fixed seed, small);
 * set, it is the long run with a random seed unless `FUZZ_SEED` pins one.
 * `weight` scales the count for properties that cost more per input.
 */
export function fuzzParams(weight = 1): fc.Parameters<unknown> {
  const long = process.env.FUZZ_RUNS !== undefined;
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : long ? undefined : CI_SEED;
  const numRuns = runsFor(weight);
  generated += numRuns;
  return { numRuns, seed };
}

function runsFor(weight: number): number {
  const runs = process.env.FUZZ_RUNS !== undefined ? Number(process.env.FUZZ_RUNS) : CI_RUNS;
  return Math.max(1, Math.round(runs * weight));
}

/** A test timeout that grows with the run count (the long run is minutes, not seconds). */
export function fuzzTimeout(weight = 1): number {
  return Math.max(60_000, runsFor(weight) * 20);
}

export interface ContractOptions {
  /** The input came from a file: every rejection must name a file. */
  file?: boolean;
  /** The input is TOML: a syntax error must carry a line. */
  toml?: boolean;
}

// `FUZZ_KNOWN=<regex>`: breaches matching it are counted, not failed, to look past an open bug.
const KNOWN = process.env.FUZZ_KNOWN ? new RegExp(process.env.FUZZ_KNOWN) : undefined;
const known = new Map<string, number>();

/** Calls `fn` once under the contract; throws (failing the property) if it is broken. */
export function holds<T>(what: string, fn: () => T, opts: ContractOptions = {}): T | CargoError {
  inputs++;
  const t0 = performance.now();
  let out: T | CargoError;
  try {
    try {
      out = fn();
    } catch (e) {
      if (!(e instanceof CargoError)) {
        const err = e as Error;
        throw new Error(`${what}: escaped ${err?.name ?? typeof e}: ${err?.message ?? String(e)}`);
      }
      checkRejection(what, e, opts);
      out = e;
    }
  } catch (breach) {
    const msg = (breach as Error).message;
    if (!KNOWN?.test(msg)) throw breach;
    const key = msg.slice(0, 120);
    known.set(key, (known.get(key) ?? 0) + 1);
    // Callers see a rejection and move on to the next input.
    return new CargoError('usage', `known breach: ${key}`);
  }
  const ms = performance.now() - t0;
  if (ms > BUDGET_MS) throw new Error(`${what}: took ${Math.round(ms)} ms (budget ${BUDGET_MS} ms)`);
  return out;
}

export function checkRejection(what: string, e: CargoError, opts: ContractOptions = {}): void {
  const line = e.oneLine();
  if (/[\r\n\u2028\u2029]/.test(line)) throw new Error(`${what}: message is not one line: ${JSON.stringify(line)}`);
  if (e.message.trim() === '') throw new Error(`${what}: empty message`);
  if (opts.file && !e.location?.file) throw new Error(`${what}: rejection without a file: ${line}`);
  if (opts.toml && isTomlSyntaxError(e) && e.location?.line === undefined) {
    throw new Error(`${what}: TOML syntax error without a line: ${line}`);
  }
}

/** The core's wording for smol-toml's parse errors, per parser. */
function isTomlSyntaxError(e: CargoError): boolean {
  return /failed to parse manifest|invalid TOML|could not parse TOML/i.test(e.message);
}

/** Records this test file's generated inputs and parser calls, for `scripts/fuzz.mjs` to total. */
export function reportInputs(suite: string): void {
  const out = process.env.FUZZ_COUNT_FILE;
  if (out) fs.appendFileSync(out, `${suite} ${generated} ${inputs}\n`);
  for (const [msg, n] of known) process.stderr.write(`fuzz: ${suite}: known breach x${n}: ${msg}\n`);
}
