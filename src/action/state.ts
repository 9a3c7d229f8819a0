import * as core from '@actions/core';
import type { HitKind } from './cache_service.js';

/** What the main step hands to the post step (as `STATE_crate-cache`). */
export interface MainState {
  workspaces: string[];
  key: string;
  keyPrefix: string;
  os: string;
  matchedKey?: string;
  hit: HitKind;
  paths: string[];
  cargoHome: string;
  saveIf: boolean;
  cacheBin: boolean;
  /** The main step stopped before restoring (stale lockfile, bad input, lookup-only). */
  skipSave?: string;
  restored: number;
  fetched: number;
  mismatches: number;
  lockfile: string;
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
