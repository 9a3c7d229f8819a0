import { cacheContents } from '../cargo/ops/cache_contents.js';
import { planLayout } from '../cargo/ops/layout_plan.js';
import type { Project } from '../cargo/ops/project.js';
import { json, type CommandResult } from './output.js';

/**
 * `crate-cache plan [dir] [--json]`: the CARGO_HOME entries cargo uses for
 * the lockfile, split into what the action archives (config.json, index
 * cache files, `.crate` files, git databases) and what the fetch writes for
 * the build but no cache entry holds (unpacked sources, git checkouts).
 */
export function planCommand(project: Project, asJson: boolean): CommandResult {
  const plan = planLayout(project.ws, project.layout, project.resolve);
  const contents = cacheContents([plan]);
  const archived = [...contents.files, ...contents.gitDbs.map((g) => `${g.db}/`)].sort();
  const derived = contents.derived.map((d) => `${d}/`);
  if (asJson) return { stdout: json({ ...plan, archived, derived }), code: 0 };
  const lines = [`CARGO_HOME ${plan.cargoHome} (cargo ${plan.cargoVersion})`, `lockfile   ${plan.lockfile}`];
  for (const r of plan.registries) {
    const replaced = r.source === r.lockedSource ? '' : ` (replaced by ${r.source})`;
    lines.push(`registry   ${r.dir}  ${r.lockedSource}${replaced}, ${r.packages} package(s)`);
  }
  if (plan.vendored.length) lines.push(`vendored   ${plan.vendored.length} package(s) outside CARGO_HOME`);
  lines.push('', `archived by the action (${archived.length}):`, ...archived.map((e) => `  ${e}`));
  lines.push('', `written by the fetch for the build, never archived (${derived.length}):`, ...derived.map((e) => `  ${e}`));
  return { stdout: lines.join('\n') + '\n', code: 0 };
}
