import * as path from 'node:path';
import * as core from '@actions/core';
import { DEFAULT_KEY_PREFIX, keyPartProblem } from '../cargo/ops/cache_key.js';
import { isWithin } from '../cargo/util/paths.js';

export type LockfileMode = 'check' | 'warn' | 'off';
export type FetchMode = 'native' | 'cargo' | 'none';

export interface ActionInputs {
  workspaces: string[];
  keyPrefix: string;
  /** The `lockfile` input: what a stale verdict does. */
  lockfileMode: LockfileMode;
  fetch: FetchMode;
  concurrency: number;
  run: string;
  saveIf: boolean;
  lookupOnly: boolean;
  cacheBin: boolean;
}

export class InputError extends Error {}

/** Reads and validates the action's inputs; every problem is one line. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const root = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const workspaces = core.getMultilineInput('workspaces').map((w) => w.trim()).filter(Boolean);
  for (const w of workspaces) {
    // Pull requests control this input's value through the workflow file: stay inside the checkout.
    if (!isWithin(path.resolve(root, w), root)) {
      throw new InputError(`workspaces entry \`${w}\` is outside the repository (${root})`);
    }
  }
  const keyPrefix = core.getInput('key-prefix') || DEFAULT_KEY_PREFIX;
  // The cache service rejects commas in keys and keys over 512 characters; the key adds the OS and a hash.
  const prefixProblem = keyPartProblem(keyPrefix);
  if (prefixProblem) throw new InputError(`key-prefix ${prefixProblem}`);
  const lockfileMode = oneOf('lockfile', core.getInput('lockfile') || (env.GITHUB_EVENT_NAME === 'pull_request' ? 'check' : 'warn'), [
    'check',
    'warn',
    'off',
  ] as const);
  const fetch = oneOf('fetch', core.getInput('fetch') || 'native', ['native', 'cargo', 'none'] as const);
  const concurrencyRaw = core.getInput('concurrency') || '16';
  const concurrency = Number(concurrencyRaw);
  if (!/^\d+$/.test(concurrencyRaw) || concurrency < 1 || concurrency > 256) {
    throw new InputError(`concurrency must be a whole number from 1 to 256 (got \`${concurrencyRaw}\`)`);
  }
  return {
    workspaces: workspaces.length ? workspaces : ['.'],
    keyPrefix,
    lockfileMode,
    fetch,
    concurrency,
    run: core.getInput('run').trim(),
    saveIf: bool('save-if', true),
    lookupOnly: bool('lookup-only', false),
    cacheBin: bool('cache-bin', false),
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`${name} must be one of ${allowed.join(', ')} (got \`${value}\`)`);
  }
  return value as T;
}

function bool(name: string, dflt: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return dflt;
  if (['true', 'yes', '1'].includes(v)) return true;
  if (['false', 'no', '0'].includes(v)) return false;
  throw new InputError(`${name} must be true or false (got \`${v}\`)`);
}
