import * as path from 'node:path';
import * as core from '@actions/core';
import type { FreshnessReport } from '../cargo/ops/freshness/report.js';
import type { LockfileMode } from './inputs.js';

/**
 * Turns freshness reports into annotations on the manifest lines, and says
 * whether the step must fail. Undecided never fails the step.
 */
export function annotate(reports: FreshnessReport[], mode: LockfileMode, workspaceRoot: string): boolean {
  if (mode === 'off') return false;
  let failed = false;
  for (const report of reports) {
    for (const r of report.reasons) {
      const props: core.AnnotationProperties = {
        title: r.verdict === 'stale' ? 'Cargo.lock is stale' : 'Cargo.lock freshness undecided',
        file: path.relative(workspaceRoot, r.location.file) || r.location.file,
        startLine: r.location.line,
        startColumn: r.location.col,
      };
      if (r.verdict === 'undecided') core.notice(r.message, props);
      else if (mode === 'check') (core.error(r.message, props), (failed = true));
      else core.warning(r.message, props);
    }
  }
  return failed;
}

/** `true`, `false` or `undecided` across all workspaces. */
export function combinedFreshness(reports: FreshnessReport[]): 'true' | 'false' | 'undecided' {
  if (reports.some((r) => r.verdict === 'stale')) return 'false';
  return reports.some((r) => r.verdict === 'undecided') ? 'undecided' : 'true';
}
