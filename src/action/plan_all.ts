import { cacheContents, type CacheContents } from '../cargo/ops/cache_contents.js';
import { checkLockfile } from '../cargo/ops/check_lockfile.js';
import type { FreshnessReport } from '../cargo/ops/freshness/report.js';
import { planLayout, type LayoutPlan } from '../cargo/ops/layout_plan.js';
import { loadProject, type Project } from '../cargo/ops/project.js';
import { CargoError } from '../cargo/util/errors.js';

/** Every workspace of the action, loaded and planned once for the whole main step. */
export interface Planned {
  projects: Project[];
  plans: LayoutPlan[];
  /** What the sources cache entry holds for all of them. */
  contents: CacheContents;
  cargoHome: string;
}

/** Loads and plans every workspace; they must share one CARGO_HOME. `warn` hears when a cargo version is assumed. */
export function planAll(workspaces: string[], warn?: (message: string) => void): Planned {
  const projects = workspaces.map((w) => loadProject(w, { warn }));
  const homes = new Set(projects.map((p) => p.config.cargoHome));
  if (homes.size > 1) throw new CargoError('config', `workspaces resolve to different CARGO_HOME directories: ${[...homes].join(', ')}`);
  const plans = projects.map((p) => planLayout(p.ws, p.layout, p.resolve));
  return { projects, plans, contents: cacheContents(plans), cargoHome: projects[0].config.cargoHome };
}

export function checkAll(projects: Project[]): FreshnessReport[] {
  return projects.map((p) => checkLockfile({ ws: p.ws, layout: p.layout, registries: p.config, resolve: p.resolve }));
}
