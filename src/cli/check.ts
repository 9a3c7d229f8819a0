import { checkLockfile } from '../cargo/ops/check_lockfile.js';
import { formatReason } from '../cargo/ops/freshness/report.js';
import type { Project } from '../cargo/ops/project.js';
import { json, type CommandResult } from './output.js';

const EXIT = { fresh: 0, stale: 1, undecided: 3 } as const;

/** `crate-cache check [dir] [--json]`: 0 fresh, 1 stale, 3 undecided only. */
export function checkCommand(project: Project, asJson: boolean): CommandResult {
  const report = checkLockfile({ ws: project.ws, layout: project.layout, registries: project.config, resolve: project.resolve });
  const code = EXIT[report.verdict];
  if (asJson) return { stdout: json(report), code };
  const lines = report.reasons.map(formatReason);
  lines.push(`${report.lockfile}: ${report.verdict}`);
  return { stdout: lines.join('\n') + '\n', code };
}
