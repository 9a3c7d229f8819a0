import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../core/workspace.js';
import { CargoHomeLayout } from '../sources/cargo_home_layout.js';
import { CargoError } from '../util/errors.js';
import { detectCargoVersion, type CargoVersion } from '../util/cargo_version.js';
import { GlobalContext } from '../util/context.js';

export interface ProjectOptions {
  env?: NodeJS.ProcessEnv;
  /** Skip `cargo -V` and use this version. */
  cargoVersion?: CargoVersion;
  /** Told, in one line, when `cargo -V` cannot be run and a version is assumed. */
  warn?: (message: string) => void;
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
  if (!fs.existsSync(abs)) {
    throw new CargoError('workspace', `${abs.endsWith('.toml') ? '' : 'directory '}\`${abs}\` does not exist`);
  }
  const config = GlobalContext.load(abs, env);
  const ws = Workspace.load(abs, { cargoHome: config.cargoHome });
  const cargoVersion = opts.cargoVersion ?? detectCargoVersion({ cwd: abs, env, onFallback: opts.warn });
  return { dir: abs, ws, config, layout: new CargoHomeLayout(config.cargoHome, config, cargoVersion) };
}
