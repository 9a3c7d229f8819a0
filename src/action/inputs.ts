import * as core from '@actions/core';
import { DEFAULT_KEY_PREFIX } from '../cargo/ops/cache_key.js';

export type LockfileMode = 'check' | 'warn' | 'off';

export interface ActionInputs {
  workspaces: string[];
  keyPrefix: string;
  lockfile: LockfileMode;
}

export class InputError extends Error {}

/** Reads and validates the action's inputs; every problem is one line. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspaces = core.getMultilineInput('workspaces').map((w) => w.trim()).filter(Boolean);
  const keyPrefix = core.getInput('key-prefix') || DEFAULT_KEY_PREFIX;
  if (/[,\n]/.test(keyPrefix) || keyPrefix.length > 400) {
    throw new InputError('key-prefix must not contain commas or newlines and must be at most 400 characters');
  }
  const raw = core.getInput('lockfile') || (env.GITHUB_EVENT_NAME === 'pull_request' ? 'check' : 'warn');
  if (!['check', 'warn', 'off'].includes(raw)) {
    throw new InputError(`lockfile must be one of check, warn or off (got \`${raw}\`)`);
  }
  return { workspaces: workspaces.length ? workspaces : ['.'], keyPrefix, lockfile: raw as LockfileMode };
}
