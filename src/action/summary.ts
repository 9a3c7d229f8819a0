import * as core from '@actions/core';
import { mib } from '../cargo/ops/fetch_progress.js';
import type { SaveOutcome } from './cache_service.js';
import type { MainState } from './state.js';

export interface PostFacts {
  pruned: number;
  prunedBytes: number;
  saved: SaveOutcome | 'skipped';
  why?: string;
  archiveBytes: number;
  timings: Record<string, number>;
}

const HIT = { exact: 'hit', partial: 'partial', miss: 'miss' } as const;

/** The job summary: one table, then a one-line verdict on Cargo.lock. */
export async function writeSummary(s: MainState, p: PostFacts): Promise<void> {
  const save = p.saved === 'skipped' ? `skipped (${p.why})` : p.saved === 'saved' ? 'saved' : p.saved === 'exists' ? 'already existed' : 'failed (see log)';
  const phases = { ...s.timings, ...p.timings };
  const rows: [string, string][] = [
    ['key', `\`${s.key}\``],
    ['restore', HIT[s.hit]],
    ['restored key', s.matchedKey ? `\`${s.matchedKey}\`` : '—'],
    ['crates restored', String(s.restored)],
    ['crates fetched', String(s.fetched)],
    ['entries pruned', `${p.pruned} (${mib(p.prunedBytes)})`],
    ['archive (uncompressed)', p.saved === 'skipped' ? '—' : mib(p.archiveBytes)],
    ['save', save],
    ['time', Object.entries(phases).map(([k, v]) => `${k} ${v} ms`).join(', ')],
  ];
  if (s.mismatches) rows.splice(5, 0, ['crates replaced (checksum mismatch)', String(s.mismatches)]);
  const verdict =
    s.lockfile === 'true' ? 'Cargo.lock is fresh.' : s.lockfile === 'false' ? 'Cargo.lock is **stale**: see the annotations.' : 'Cargo.lock freshness is undecided: see the notices.';
  const md = ['### crate-cache', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '', verdict, ''].join('\n');
  try {
    await core.summary.addRaw(md).write();
  } catch (e) {
    core.info(md);
    core.debug(`no job summary: ${(e as Error).message}`);
  }
}
