import * as path from 'node:path';
import { Workspace } from '../core/workspace.js';
import { CargoHomeLayout } from '../sources/cargo_home_layout.js';
import { detectCargoVersion, type CargoVersion } from '../util/cargo_version.js';
import { GlobalContext } from '../util/context.js';

export interface ProjectOptions {
  env?: NodeJS.ProcessEnv;
  /** Skip `cargo -V` and use this version. */
  cargoVersion?: CargoVersion;
}

/** Everything the ops need about one workspace: its packages, config and CARGO_HOME layout. */
export interface Project {
  dir: string;
  ws: Workspace;
  config: GlobalContext;
  layout: CargoHomeLayout;
}

export function loadProject(dir: string, opts: ProjectOptions = {}): Project {
  const env = opts.env ?? process.env;
  const abs = path.resolve(dir);
  const config = GlobalContext.load(abs, env);
  const ws = Workspace.load(abs, { cargoHome: config.cargoHome });
  const cargoVersion = opts.cargoVersion ?? detectCargoVersion({ cwd: abs, env });
  return { dir: abs, ws, config, layout: new CargoHomeLayout(config.cargoHome, config, cargoVersion) };
}
