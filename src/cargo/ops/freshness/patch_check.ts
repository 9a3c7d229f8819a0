import type { LockedPackage, Resolve } from '../../core/resolver/resolve.js';
import type { Workspace } from '../../core/workspace.js';
import { SourceId } from '../../core/source_id.js';
import type { FreshnessReason } from './report.js';
import type { SourceMatcher } from './source_matcher.js';

/**
 * Every `[patch]` entry is either used by the locked graph or listed in
 * `[[patch.unused]]`; anything else means cargo would rewrite Cargo.lock.
 */
export class PatchCheck {
  constructor(
    private readonly ws: Workspace,
    private readonly resolve: Resolve,
    private readonly matcher: SourceMatcher,
    private readonly reached: (p: LockedPackage) => boolean,
  ) {}

  reasons(): FreshnessReason[] {
    const out: FreshnessReason[] = [];
    const unused = this.resolve.encodable.patchUnused;
    const claimed = new Set<number>();
    for (const t of this.matcher.patchTargets()) {
      const used = this.resolve.list.some((p) => this.reached(p) && t.accepts(p));
      const listed = unused.findIndex((u) => {
        const p = { id: { name: u.name, version: u.version, source: u.source }, sourceId: u.source ? SourceId.parseLockfileSource(u.source) : undefined };
        return t.accepts(p as never);
      });
      if (listed >= 0) claimed.add(listed);
      if (used || listed >= 0) continue;
      out.push({
        verdict: 'stale',
        code: 'patch-unrecorded',
        location: t.dep.location,
        message: `[patch] entry \`${t.dep.nameInToml}\` is neither used in Cargo.lock nor listed under [[patch.unused]]; cargo would re-lock it`,
      });
    }
    unused.forEach((u, i) => {
      if (claimed.has(i)) return;
      out.push({
        verdict: 'stale',
        code: 'patch-removed',
        location: { file: this.resolve.file, line: u.line, col: 1 },
        message: `[[patch.unused]] lists \`${u.name} v${u.version}\`, which is no longer a [patch] entry in ${this.ws.rootManifest.file}`,
      });
    });
    return out;
  }
}
