import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest directory above `from` whose package.json
 * is crate-cache's. Found by walking up, so it holds for sources and for
 * bundles (the benchmark runs bundled) alike.
 */
export function findRepoRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'crate-cache') return dir;
    } catch {
      // not here
    }
    if (path.dirname(dir) === dir) throw new Error(`no crate-cache package.json above ${from}`);
  }
}

export const REPO_ROOT = findRepoRoot();
