import * as core from '@actions/core';
import { mib } from '../cargo/ops/fetch_progress.js';
import type { GcStats } from '../cargo/ops/gc.js';
import type { SaveOutcome } from './cache_service.js';
import type { MainState } from './state.js';

export interface PostFacts {
  /** What the prune removed; undefined when nothing was pruned (no save was attempted). */
  pruned?: GcStats;
  saved: SaveOutcome | 'skipped';
  why?: string;
  archiveBytes: number;
  timings: Record<string, number>;
}

const RESTORE = { exact: 'hit', partial: 'partial', miss: 'miss' } as const;
const VERDICT = {
  fresh: 'Cargo.lock is fresh.',
  stale: 'Cargo.lock is **stale**: see the annotations.',
  undecided: 'Cargo.lock freshness is undecided: see the notices.',
} as const;

/** The job summary: one table, then a one-line verdict on Cargo.lock. */
export async function writeSummary(s: MainState, p: PostFacts): Promise<void> {
  const save = p.saved === 'skipped' ? `skipped (${p.why})` : p.saved === 'saved' ? 'saved' : p.saved === 'exists' ? 'already existed' : 'failed (see log)';
  const restore = s.restore === 'not run' ? `not run (${s.skipSave ?? 'the main step stopped first'})` : RESTORE[s.restore];
  const rows: [string, string][] = [
    ['key', `\`${s.key}\``],
    ['restore', restore],
    ['restored key', s.matchedKey ? `\`${s.matchedKey}\`` : '—'],
    ['crates restored', String(s.restored)],
    ['crates fetched', String(s.fetched)],
  ];
  if (s.mismatches) rows.push(['crates replaced (checksum mismatch)', String(s.mismatches)]);
  if (p.pruned) {
    rows.push(['unpacked sources dropped (cargo rebuilds them)', p.pruned.derived.length ? mib(p.pruned.derivedBytes) : '—']);
    rows.push(['files no lockfile needs, pruned', `${p.pruned.unneeded.length} (${mib(p.pruned.unneededBytes)})`]);
  }
  rows.push(['archive (uncompressed)', p.saved === 'skipped' ? '—' : mib(p.archiveBytes)], ['save', save], ['time', timeRow({ ...s.timings, ...p.timings })]);
  const md = ['### crate-cache', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '', VERDICT[s.verdict], ''].join('\n');
  try {
    await core.summary.addRaw(md).write();
  } catch (e) {
    core.info(md);
    core.debug(`no job summary: ${(e as Error).message}`);
  }
}

/** `4.2 s (plan 0.1, restore 1.9, …)`: the total of both steps, then each phase, in seconds. */
export function timeRow(ms: Record<string, number>): string {
  const s = (n: number) => (n / 1000).toFixed(1);
  const phases = Object.entries(ms);
  const total = phases.reduce((sum, [, v]) => sum + v, 0);
  return `${s(total)} s (${phases.map(([k, v]) => `${k} ${s(v)}`).join(', ')})`;
}
