// Copies of the example workspaces, for the e2e tests and `npm run demo`:
// without build output, and pointed at a fixture registry served on any port.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_REGISTRY_URL } from './registry/index.js';
import { REPO_ROOT } from './repo_root.js';
import { tempDir } from './tmp.js';

/** A copy of `from` (without `target/`) named `name` in `parent`, by default a new temp dir. */
export function copyTree(from: string, name = path.basename(from), parent = tempDir('cc-e2e-ws-')): string {
  const dir = path.join(parent, name);
  fs.cpSync(from, dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('target') });
  return dir;
}

/** A copy of examples/ (in `parent`, by default a new temp dir). */
export function examples(parent?: string): string {
  return copyTree(path.join(REPO_ROOT, 'examples'), 'examples', parent);
}

/** A copy of examples/ whose `.cargo/config.toml` points crates-io at `registry` instead of the fixed fixture port. */
export function examplesUsing(registry: { url: string }, parent?: string): string {
  return pointedAt(examples(parent), registry);
}

/** A copy of a workspace under __tests__/fixtures/, pointed at `registry` like examplesUsing. */
export function fixtureWorkspaceUsing(name: string, registry: { url: string }): string {
  return pointedAt(copyTree(path.join(REPO_ROOT, '__tests__', 'fixtures', name)), registry);
}

function pointedAt(ws: string, registry: { url: string }): string {
  const config = path.join(ws, '.cargo', 'config.toml');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(FIXTURE_REGISTRY_URL, registry.url));
  return ws;
}
