import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Resolve } from '../core/resolver/resolve.js';
import { Workspace } from '../core/workspace.js';
import { CargoHomeLayout } from '../sources/cargo_home_layout.js';
import { CargoError } from '../util/errors.js';
import { detectCargoVersion, type CargoVersion } from '../util/cargo_version.js';
import { GlobalContext } from '../util/context.js';
import { readResolve } from './layout_plan.js';

export interface ProjectOptions {
  env?: NodeJS.ProcessEnv;
  /** Skip `cargo -V` and use this version. */
  cargoVersion?: CargoVersion;
  /** Told, in one line, when `cargo -V` cannot be run and a version is assumed. */
  warn?: (message: string) => void;
}

/**
 * One workspace loaded once, as every op needs it: its packages, its
 * decoded Cargo.lock, its cargo config and its CARGO_HOME layout. Plan,
 * check, key and the action's recheck all take this value; none reads
 * Cargo.lock again.
 */
export interface Project {
  dir: string;
  ws: Workspace;
  /** Cargo.lock decoded; undefined when there is none (the check says so, the plan refuses). */
  resolve?: Resolve;
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
  const resolve = fs.existsSync(ws.lockfilePath) ? readResolve(ws) : undefined;
  const cargoVersion = opts.cargoVersion ?? detectCargoVersion({ cwd: abs, env, onFallback: opts.warn });
  return { dir: abs, ws, resolve, config, layout: new CargoHomeLayout(config.cargoHome, config, cargoVersion) };
}
