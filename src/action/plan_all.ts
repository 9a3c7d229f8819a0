import { checkLockfile } from '../cargo/ops/check_lockfile.js';
import type { FreshnessReport } from '../cargo/ops/freshness/report.js';
import { planLayout, readResolve, type LayoutPlan } from '../cargo/ops/layout_plan.js';
import { loadProject, type Project } from '../cargo/ops/project.js';
import { CargoError } from '../cargo/util/errors.js';

export interface Planned {
  projects: Project[];
  plans: LayoutPlan[];
  cargoHome: string;
}

/** Loads and plans every workspace; they must share one CARGO_HOME. */
export function planAll(workspaces: string[]): Planned {
  const projects = workspaces.map((w) => loadProject(w));
  const homes = new Set(projects.map((p) => p.config.cargoHome));
  if (homes.size > 1) throw new CargoError('config', `workspaces resolve to different CARGO_HOME directories: ${[...homes].join(', ')}`);
  const plans = projects.map((p) => planLayout(p.ws, p.layout, readResolve(p.ws)));
  return { projects, plans, cargoHome: projects[0].config.cargoHome };
}

export function checkAll(projects: Project[]): FreshnessReport[] {
  return projects.map((p) => checkLockfile({ ws: p.ws, layout: p.layout, registries: p.config }));
}

/** Locked registry packages across all plans, each counted once. */
export function registryCrates(plans: LayoutPlan[]): number {
  const seen = new Set<string>();
  for (const plan of plans) for (const p of plan.packages) if (p.layout.kind === 'registry') seen.add(p.layout.crate);
  return seen.size;
}
