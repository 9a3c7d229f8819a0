import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import type { CacheContents } from '../cargo/ops/cache_contents.js';
import type { Verdict } from '../cargo/ops/freshness/report.js';
import type { HitKind } from './cache_service.js';

/** What the main step hands to the post step (as `STATE_crate-cache`). */
export interface MainState {
  workspaces: string[];
  /** sha256 of each workspace's Cargo.lock as the main step read it: the post step saves nothing if the job changed one. */
  lockfiles: Record<string, string>;
  key: string;
  keyPrefix: string;
  os: string;
  matchedKey?: string;
  /** How the restore went; `not run` when the main step stopped before it. */
  restore: HitKind | 'not run';
  paths: string[];
  cargoHome: string;
  /**
   * The cache contents, in a JSON file under RUNNER_TEMP: for a large
   * workspace they outgrow what an environment variable (the state's
   * carrier) may hold.
   */
  contentsFile?: string;
  saveIf: boolean;
  cacheBin: boolean;
  /** Why the post step must not save (stale lockfile, lookup-only). */
  skipSave?: string;
  restored: number;
  fetched: number;
  mismatches: number;
  verdict: Verdict;
  timings: Record<string, number>;
}

const NAME = 'crate-cache';

export function saveMainState(s: MainState): void {
  core.saveState(NAME, JSON.stringify(s));
}

export function loadMainState(): MainState | undefined {
  const raw = core.getState(NAME);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as MainState;
  } catch {
    return undefined;
  }
}

/** Writes the contents where the post step will find them (write to a temp name, then rename). */
export function saveContents(contents: CacheContents, key: string, runnerTemp: string): string {
  const file = path.join(runnerTemp, `crate-cache-contents-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(runnerTemp, { recursive: true });
  fs.writeFileSync(tmp, JSON.stringify(contents));
  fs.renameSync(tmp, file);
  return file;
}

/** The contents the main step saved, or undefined when the file is gone or unreadable. */
export function loadContents(file: string | undefined): CacheContents | undefined {
  if (!file) return undefined;
  try {
    const c = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheContents;
    return Array.isArray(c.files) && Array.isArray(c.crates) && Array.isArray(c.gitDbs) && Array.isArray(c.registries) ? c : undefined;
  } catch {
    return undefined;
  }
}

/** sha256 of a file's bytes, or `missing`. */
export function fileHash(file: string): string {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return 'missing';
  }
}

/** Wall time of each phase, in ms (summed when a phase runs again). */
export class Timings {
  readonly ms: Record<string, number> = {};

  async time<T>(phase: string, f: () => Promise<T> | T): Promise<T> {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      this.ms[phase] = (this.ms[phase] ?? 0) + Math.round(performance.now() - t0);
    }
  }
}
