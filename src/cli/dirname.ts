import { gitIdent, registryDirName } from '../cargo/core/source_dir.js';
import { SourceId } from '../cargo/core/source_id.js';
import { parseCargoVersion, type CargoVersion } from '../cargo/util/cargo_version.js';
import type { CommandResult } from './output.js';

/** `crate-cache dirname <url> [--git] [--cargo-version X.Y]` */
export function dirnameCommand(url: string, git: boolean, cargoVersion: CargoVersion): CommandResult {
  const name = git ? gitIdent(SourceId.forGit(url), cargoVersion) : registryDirName(SourceId.forRegistryIndex(url), cargoVersion);
  return { stdout: name + '\n', code: 0 };
}

export function cargoVersionOption(v: string): CargoVersion {
  return parseCargoVersion(`cargo ${v.split('.').length === 2 ? `${v}.0` : v}`);
}
