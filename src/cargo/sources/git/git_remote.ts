import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { GitReference } from '../../core/source_id.js';
import { CargoError } from '../../util/errors.js';
import {
  assertFullRev,
  containsCommit,
  gitFailure,
  initBare,
  isRepository,
  makeStagingDir,
  publishStaging,
  runGit,
} from './git_database.js';

// The whole remote → db → checkout path in one place for callers.
export { checkout, CHECKOUT_READY_LOCK, isFreshCheckout, type CheckoutOptions, type CheckoutResult } from './git_checkout.js';

/** One `git fetch`: cargo's refspecs for a reference, and whether it adds `--tags`. */
export interface FetchRefspecs {
  refspecs: string[];
  tags: boolean;
}

/** What cargo fetches when it cannot tell where a revision lives: every branch, HEAD and every tag. */
const EVERYTHING: FetchRefspecs = {
  refspecs: ['+refs/heads/*:refs/remotes/origin/*', '+HEAD:refs/remotes/origin/HEAD'],
  tags: true,
};

/** The refspecs of cargo's `fetch` (sources/git/utils.rs) for a GitReference. */
export function refspecsFor(reference: GitReference): FetchRefspecs {
  switch (reference.kind) {
    case 'branch':
      return { refspecs: [`+refs/heads/${reference.name}:refs/remotes/origin/${reference.name}`], tags: false };
    case 'tag':
      return { refspecs: [`+refs/tags/${reference.name}:refs/remotes/origin/tags/${reference.name}`], tags: false };
    case 'default':
      return { refspecs: ['+HEAD:refs/remotes/origin/HEAD'], tags: false };
    case 'rev':
      return reference.name.startsWith('refs/') ? { refspecs: [`+${reference.name}:${reference.name}`], tags: false } : EVERYTHING;
  }
}

/**
 * The fetches to try, in order, until the database holds `rev`. Cargo fetches
 * a locked source as `Rev(<sha>)`, i.e. everything; the named reference first
 * is usually one small fetch. Last, the commit itself, as cargo's GitHub fast
 * path does (servers that allow unadvertised wants, protocol v2 ones mostly).
 */
export function fetchPlan(reference: GitReference, rev: string): FetchRefspecs[] {
  const plan = [refspecsFor(reference)];
  if (plan[0] !== EVERYTHING) plan.push(EVERYTHING);
  plan.push({ refspecs: [`+${rev}:refs/commit/${rev}`], tags: false });
  return plan;
}

export interface FetchDatabaseOptions {
  /** The remote, as in the SourceId (no `?branch=`/`#sha`). */
  url: string;
  /** Absolute `$CARGO_HOME/git/db/<ident>`. */
  dbPath: string;
  /** The full commit id from Cargo.lock. */
  rev: string;
  reference: GitReference;
}

export interface FetchDatabaseResult {
  /** False when the database already held the revision: no network was used. */
  fetched: boolean;
}

/**
 * Makes `dbPath` a bare repository containing `rev`, as cargo's
 * `GitSource::fetch_db` + `GitRemote::checkout` leave it. A database that
 * already has the revision is not touched.
 */
export async function fetchDatabase(opts: FetchDatabaseOptions): Promise<FetchDatabaseResult> {
  const rev = assertFullRev(opts.rev);
  const { url, dbPath, reference } = opts;
  if (await isRepository(dbPath)) {
    if (await containsCommit(dbPath, rev)) return { fetched: false };
    await fetchUntilContains(dbPath, url, rev, reference);
    return { fetched: true };
  }

  // Missing or not a repository (a corrupt one cargo would also start over from).
  await markCacheDir(dbPath);
  const staging = await makeStagingDir(dbPath);
  try {
    await initBare(staging);
    await fetchUntilContains(staging, url, rev, reference);
    if (!(await isRepository(dbPath))) await fs.rm(dbPath, { recursive: true, force: true });
    if (!(await publishStaging(staging, dbPath)) && !(await containsCommit(dbPath, rev))) {
      throw new CargoError('io', `git database ${dbPath} was replaced while fetching ${url} and lacks revision ${rev}`);
    }
  } catch (e) {
    await fs.rm(staging, { recursive: true, force: true });
    throw e;
  }
  return { fetched: true };
}

async function fetchUntilContains(gitDir: string, url: string, rev: string, reference: GitReference): Promise<void> {
  let reached = false;
  let lastFailure = '';
  for (const step of fetchPlan(reference, rev)) {
    // cargo's `fetch_with_cli`: --force and --update-head-ok survive force pushes.
    const r = await runGit([
      `--git-dir=${gitDir}`,
      'fetch',
      '--quiet',
      step.tags ? '--tags' : '--no-tags',
      '--force',
      '--update-head-ok',
      '--',
      url,
      ...step.refspecs,
    ]);
    if (r.code === 0) reached = true;
    else lastFailure = gitFailure(r);
    if (await containsCommit(gitDir, rev)) return;
  }
  if (!reached) throw new CargoError('io', `failed to fetch git repository ${url}: ${lastFailure}`);
  throw new CargoError(
    'io',
    `the remote ${url} no longer has revision ${rev} (locked in Cargo.lock); it was probably force-pushed away: run \`cargo update\` to lock a commit that exists`,
  );
}

/** cargo tags `$CARGO_HOME/git` as a cache directory (CACHEDIR.TAG) when it first writes there. */
async function markCacheDir(dbPath: string): Promise<void> {
  const dbDir = path.dirname(dbPath);
  if (path.basename(dbDir) !== 'db') return;
  const tag = path.join(path.dirname(dbDir), 'CACHEDIR.TAG');
  await fs.mkdir(dbDir, { recursive: true });
  await fs
    .writeFile(
      tag,
      'Signature: 8a477f597d28d172789f06886806bc55\n' +
        '# This file is a cache directory tag created by cargo.\n' +
        '# For information about cache directory tags see https://bford.info/cachedir/\n',
      { flag: 'wx' },
    )
    .catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw new CargoError('io', `cannot write ${tag}: ${e.message}`);
    });
}
