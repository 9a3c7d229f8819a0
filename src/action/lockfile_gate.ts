import * as path from 'node:path';
import * as core from '@actions/core';
import type { FreshnessReport } from '../cargo/ops/freshness/report.js';
import type { Project } from '../cargo/ops/project.js';
import type { LockfileMode } from './inputs.js';
import { checkAll } from './plan_all.js';

export type Freshness = 'true' | 'false' | 'undecided';

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
    private readonly mode: LockfileMode,
    private readonly root: string,
  ) {}

  check(): Freshness {
    this.reports = checkAll(this.projects);
    return this.freshness;
  }

  /** Checks again only while undecided. */
  recheck(): Freshness {
    return this.freshness === 'undecided' ? this.check() : this.freshness;
  }

  get freshness(): Freshness {
    if (this.reports.some((r) => r.verdict === 'stale')) return 'false';
    return this.reports.some((r) => r.verdict === 'undecided') ? 'undecided' : 'true';
  }

  /** Annotates the manifest lines (once); true when the step must fail. */
  publish(): boolean {
    if (this.published || this.mode === 'off') return false;
    this.published = true;
    let fail = false;
    for (const report of this.reports) {
      for (const r of report.reasons) {
        const props: core.AnnotationProperties = {
          title: r.verdict === 'stale' ? 'Cargo.lock is stale' : 'Cargo.lock freshness undecided',
          file: path.relative(this.root, r.location.file) || r.location.file,
          startLine: r.location.line,
          startColumn: r.location.col,
        };
        if (r.verdict === 'undecided') core.notice(r.message, props);
        else if (this.mode === 'check') (core.error(r.message, props), (fail = true));
        else core.warning(r.message, props);
      }
    }
    return fail;
  }
}
