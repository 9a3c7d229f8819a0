import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { CargoError } from '../../util/errors.js';

/*
 * The `git` CLI, run the way cargo's `fetch_with_cli` runs it, plus the few
 * questions cargo asks a `GitDatabase` (is it a repository, does it contain
 * a commit).
 */

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Variables that would point git at some other repository than the one we name. */
const REPOSITORY_VARS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES'];

export function gitEnv(): NodeJS.ProcessEnv {
  // A missing credential must fail, not wait for a prompt nobody will answer.
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
  for (const k of REPOSITORY_VARS) delete env[k];
  return env;
}

/** Runs git with an argument array (never a shell); resolves with the exit code. */
export function runGit(args: string[], cwd?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'ENOENT'
          ? new CargoError('io', 'the `git` command was not found on PATH; it is needed for git dependencies')
          : new CargoError('io', `cannot run git: ${e.message}`),
      );
    });
    child.once('close', (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** The line of git's stderr worth showing: the last `fatal:`/`error:` one, else the last one. */
export function gitFailure(r: GitResult): string {
  const lines = r.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const fatal = lines.filter((l) => /^(fatal|error):/.test(l));
  return (fatal.at(-1) ?? lines.at(-1) ?? `git exited with code ${r.code}`).replace(/^(fatal|error):\s*/, '');
}

/** Like runGit, but a non-zero exit is a CargoError saying what we were doing. */
export async function git(args: string[], doing: string, cwd?: string): Promise<string> {
  const r = await runGit(args, cwd);
  if (r.code !== 0) throw new CargoError('io', `${doing}: ${gitFailure(r)}`);
  return r.stdout;
}

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A Cargo.lock `#<sha>`: git sources are always locked to a full commit id. */
export function assertFullRev(rev: string): string {
  const lower = rev.toLowerCase();
  if (!FULL_SHA.test(lower)) throw new CargoError('usage', `\`${rev}\` is not a full git commit id`);
  return lower;
}

/** `--git-dir`, not `-C`: a directory that is no repository must not fall through to an enclosing one. */
export async function isRepository(gitDir: string): Promise<boolean> {
  try {
    await fs.access(gitDir);
  } catch {
    return false;
  }
  return (await runGit([`--git-dir=${gitDir}`, 'rev-parse', '--git-dir'])).code === 0;
}

/** cargo's `GitDatabase::contains`, narrowed to commits: a checkout needs one. */
export async function containsCommit(gitDir: string, rev: string): Promise<boolean> {
  return (await runGit([`--git-dir=${gitDir}`, 'cat-file', '-e', `${rev}^{commit}`])).code === 0;
}

/**
 * cargo's `init(path, bare)`: no templates (cargo#6240); libgit2 names the
 * unborn branch `master` whatever init.defaultBranch says.
 */
export async function initBare(dir: string): Promise<void> {
  await git(['init', '-q', '--bare', '--template=', '--initial-branch=master', dir], `cannot create a git database in ${dir}`);
}

/*
 * Fresh databases and checkouts are built in a sibling temp directory and
 * renamed into place, so an interrupted run never leaves a half-made one
 * under the name cargo looks at. The pid in the name lets a later run remove
 * what a killed run left behind.
 */

export async function makeStagingDir(finalPath: string): Promise<string> {
  const parent = path.dirname(finalPath);
  await fs.mkdir(parent, { recursive: true });
  await removeAbandonedStaging(finalPath);
  return fs.mkdtemp(path.join(parent, `${stagingPrefix(finalPath)}${process.pid}-`));
}

function stagingPrefix(finalPath: string): string {
  return `.${path.basename(finalPath)}.tmp-`;
}

async function removeAbandonedStaging(finalPath: string): Promise<void> {
  const parent = path.dirname(finalPath);
  const prefix = stagingPrefix(finalPath);
  for (const name of await fs.readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) {
      await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a finished staging directory to `finalPath`. Returns false, and
 * removes the staging directory, when another process got there first.
 */
export async function publishStaging(staging: string, finalPath: string): Promise<boolean> {
  try {
    await fs.rename(staging, finalPath);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw new CargoError('io', `cannot move ${staging} to ${finalPath}: ${(e as Error).message}`);
    await fs.rm(staging, { recursive: true, force: true });
    return false;
  }
}
