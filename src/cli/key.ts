import { cacheKey, DEFAULT_KEY_PREFIX, runnerOs } from '../cargo/ops/cache_key.js';
import { planLayout } from '../cargo/ops/layout_plan.js';
import type { Project } from '../cargo/ops/project.js';
import { json, type CommandResult } from './output.js';

/** `crate-cache key [dir] [--json]` */
export function keyCommand(project: Project, asJson: boolean, prefix = DEFAULT_KEY_PREFIX, os = runnerOs()): CommandResult {
  const k = cacheKey([planLayout(project.ws, project.layout, project.resolve)], os, prefix);
  if (asJson) return { stdout: json(k), code: 0 };
  return { stdout: [k.key, `restore-keys: ${k.restoreKeys.join(', ')}`, ...k.parts.map((p) => `  ${p}`)].join('\n') + '\n', code: 0 };
}
