import * as path from 'node:path';
import * as core from '@actions/core';
import type { FreshnessReport, Verdict } from '../cargo/ops/freshness/report.js';
import type { Project } from '../cargo/ops/project.js';
import type { LockfileMode } from './inputs.js';
import { checkAll } from './plan_all.js';

/** The `lockfile-fresh` output's spelling of a verdict. */
export const VERDICT_OUTPUT: Record<Verdict, string> = { fresh: 'true', stale: 'false', undecided: 'undecided' };

/**
 * The lockfile check. An undecided verdict usually comes from feature tables
 * that are not in CARGO_HOME yet, so it is checked again after the restore
 * and the fetch, and only the final verdict is annotated.
 */
export class LockfileGate {
  private reports: FreshnessReport[] = [];
  private published = false;

  constructor(
    private readonly projects: Project[],
    readonly mode: LockfileMode,
    private readonly root: string,
  ) {}

  check(): Verdict {
    this.reports = checkAll(this.projects);
    return this.verdict;
  }

  /** Checks again only while undecided: the restore and the fetch may have brought the index entries it lacked. */
  recheck(): Verdict {
    return this.verdict === 'undecided' ? this.check() : this.verdict;
  }

  get verdict(): Verdict {
    if (this.reports.some((r) => r.verdict === 'stale')) return 'stale';
    return this.reports.some((r) => r.verdict === 'undecided') ? 'undecided' : 'fresh';
  }

  /** Whether a stale verdict fails the step (`lockfile: check`). */
  get failsOnStale(): boolean {
    return this.mode === 'check';
  }

  /**
   * Annotates the manifest lines (once): the stale reasons when the verdict
   * is stale (undecided ones would only blur it), else the undecided ones.
   * True when the step must fail.
   */
  publish(): boolean {
    if (this.published || this.mode === 'off') return false;
    this.published = true;
    const verdict = this.verdict;
    let fail = false;
    for (const report of this.reports) {
      for (const r of report.reasons) {
        if (r.verdict !== verdict) continue;
        const props: core.AnnotationProperties = {
          title: r.verdict === 'stale' ? 'Cargo.lock is stale' : 'Cargo.lock freshness undecided',
          file: path.relative(this.root, r.location.file) || r.location.file,
          startLine: r.location.line,
          startColumn: r.location.col,
        };
        if (r.verdict === 'undecided') core.notice(r.message, props);
        else if (this.failsOnStale) (core.error(r.message, props), (fail = true));
        else core.warning(r.message, props);
      }
    }
    return fail;
  }
}
