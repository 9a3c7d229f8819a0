import { planEntries, planLayout } from '../cargo/ops/layout_plan.js';
import type { Project } from '../cargo/ops/project.js';
import { json, type CommandResult } from './output.js';

/** `crate-cache plan [dir] [--json]` */
export function planCommand(project: Project, asJson: boolean): CommandResult {
  const plan = planLayout(project.ws, project.layout);
  if (asJson) return { stdout: json({ ...plan, entries: planEntries(plan) }), code: 0 };
  const lines = [`CARGO_HOME ${plan.cargoHome} (cargo ${plan.cargoVersion})`, `lockfile   ${plan.lockfile}`];
  for (const r of plan.registries) {
    const replaced = r.source === r.lockedSource ? '' : ` (replaced by ${r.source})`;
    lines.push(`registry   ${r.dir}  ${r.lockedSource}${replaced}, ${r.packages} package(s)`);
  }
  if (plan.vendored.length) lines.push(`vendored   ${plan.vendored.length} package(s) outside CARGO_HOME`);
  lines.push('', ...planEntries(plan));
  return { stdout: lines.join('\n') + '\n', code: 0 };
}
