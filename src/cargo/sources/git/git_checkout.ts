import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CargoError } from '../../util/errors.js';
import { assertFullRev, containsCommit, git, gitFailure, makeStagingDir, publishStaging, runGit } from './git_database.js';

/**
 * cargo's CHECKOUT_READY_LOCK. For git checkouts cargo 1.95 writes it empty
 * (`paths::create`); the `{"v":1}` form is registry/src's.
 */
export const CHECKOUT_READY_LOCK = '.cargo-ok';

export interface CheckoutOptions {
  /** Absolute `$CARGO_HOME/git/db/<ident>`, already holding `rev`. */
  dbPath: string;
  rev: string;
  /** Absolute `$CARGO_HOME/git/checkouts/<ident>/<short id>`. */
  checkoutPath: string;
  /** The remote URL: relative submodule URLs resolve against it, as in cargo. */
  url?: string;
}

export interface CheckoutResult {
  /** False when a fresh checkout of `rev` was already there. */
  cloned: boolean;
}

/**
 * cargo's `GitCheckout::is_fresh`: HEAD is the revision and `.cargo-ok`
 * exists. This is all cargo checks before using a checkout offline.
 */
export async function isFreshCheckout(checkoutPath: string, rev: string): Promise<boolean> {
  try {
    await fs.access(path.join(checkoutPath, CHECKOUT_READY_LOCK));
  } catch {
    return false;
  }
  const r = await runGit([`--git-dir=${path.join(checkoutPath, '.git')}`, 'rev-parse', '--verify', '-q', 'HEAD']);
  return r.code === 0 && r.stdout.trim() === assertFullRev(rev);
}

/**
 * cargo's `GitDatabase::copy_to`: a local clone of the database reset to
 * `rev`, submodules updated, then `.cargo-ok`. Built aside and renamed in,
 * so a checkout cargo can see is always a finished one.
 */
export async function checkout(opts: CheckoutOptions): Promise<CheckoutResult> {
  const rev = assertFullRev(opts.rev);
  const { dbPath, checkoutPath } = opts;
  if (await isFreshCheckout(checkoutPath, rev)) return { cloned: false };
  if (!(await containsCommit(dbPath, rev))) {
    throw new CargoError('io', `git database ${dbPath} does not contain revision ${rev}; fetch it before the checkout`);
  }

  const staging = await makeStagingDir(checkoutPath);
  try {
    // A plain path makes git hardlink the objects, as libgit2's CloneLocal::Local does.
    await git(['clone', '-q', '--local', '--no-checkout', '--template=', '--', dbPath, staging], `cannot clone ${dbPath}`);
    const inCheckout = (args: string[], doing: string) => git(['-C', staging, ...args], doing);
    // cargo's reset(): keep line endings as committed.
    await inCheckout(['config', 'core.autocrlf', 'false'], `cannot configure ${staging}`);
    await inCheckout(['reset', '-q', '--hard', rev], `cannot check out ${rev} from ${dbPath}`);
    await updateSubmodules(staging, rev, opts.url);
    // libgit2 records the database as a file:// URL.
    await inCheckout(['remote', 'set-url', 'origin', pathToFileURL(dbPath).href], `cannot configure ${staging}`);
    await fs.writeFile(path.join(staging, CHECKOUT_READY_LOCK), '');
    // Whatever is there is not fresh, unless a concurrent run just made it so: cargo would delete it too.
    if (!(await isFreshCheckout(checkoutPath, rev))) await fs.rm(checkoutPath, { recursive: true, force: true });
    if (!(await publishStaging(staging, checkoutPath)) && !(await isFreshCheckout(checkoutPath, rev))) {
      throw new CargoError('io', `checkout ${checkoutPath} was replaced while being written`);
    }
  } catch (e) {
    await fs.rm(staging, { recursive: true, force: true });
    throw e;
  }
  return { cloned: true };
}

/**
 * `git submodule update --init --recursive`, honouring `update = none` as
 * cargo does. Unlike cargo, submodules are fetched straight into the
 * checkout rather than through their own git/db entries; cargo's freshness
 * check only looks at the top-level checkout, so an offline build is the same.
 */
async function updateSubmodules(dir: string, rev: string, url: string | undefined): Promise<void> {
  try {
    await fs.access(path.join(dir, '.gitmodules'));
  } catch {
    return;
  }
  // git resolves `./` and `../` submodule URLs against origin; cargo against the parent's remote.
  if (url) await git(['-C', dir, 'remote', 'set-url', 'origin', url], `cannot configure ${dir}`);
  const r = await runGit(['-C', dir, 'submodule', 'update', '--init', '--recursive', '--quiet']);
  if (r.code !== 0) {
    throw new CargoError('io', `failed to update submodules of ${url ?? dir} at ${rev}: ${gitFailure(r)}`);
  }
}
