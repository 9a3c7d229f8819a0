import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CargoError } from '../../util/errors.js';

/** libgit2's default `core.abbrev`. */
const DEFAULT_ABBREV = 7;

/**
 * The `<short id>` of `git/checkouts/<ident>/<short id>`: cargo asks libgit2
 * for the shortest unique prefix of at least 7 chars in the git db. When the
 * db exists we let git do the disambiguation; otherwise 7 chars.
 */
export function shortId(fullSha: string, dbPath?: string): string {
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(fullSha)) {
    throw new CargoError('usage', `\`${fullSha}\` is not a full git commit id`);
  }
  const sha = fullSha.toLowerCase();
  const fallback = sha.slice(0, DEFAULT_ABBREV);
  if (dbPath === undefined || !existsSync(dbPath)) return fallback;
  try {
    // --git-dir, not -C: a db that is not a repository must not fall through
    // to some enclosing repository.
    const out = execFileSync('git', [`--git-dir=${dbPath}`, 'rev-parse', `--short=${DEFAULT_ABBREV}`, sha], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    }).trim();
    return /^[0-9a-f]+$/.test(out) && sha.startsWith(out) && out.length >= DEFAULT_ABBREV ? out : fallback;
  } catch {
    return fallback;
  }
}
