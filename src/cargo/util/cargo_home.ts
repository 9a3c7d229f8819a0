import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Cargo's `home::cargo_home_with_cwd`: `CARGO_HOME` (a relative value is
 * taken from `cwd`), else `<home>/.cargo` on every platform. On Windows
 * `os.homedir()` is USERPROFILE, which is what cargo uses there too.
 */
export function cargoHome(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  homedir: string = os.homedir(),
  cwd: string = process.cwd(),
): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const fromEnv = env.CARGO_HOME;
  // cargo ignores an empty CARGO_HOME rather than resolving it to the cwd.
  if (fromEnv !== undefined && fromEnv !== '') return p.resolve(cwd, fromEnv);
  return p.join(homedir, '.cargo');
}
