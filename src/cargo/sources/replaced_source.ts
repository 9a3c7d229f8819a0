import { SourceId } from '../core/source_id.js';

/** What `[source.*] replace-with` resolves a source to, as the config module reports it. */
export interface Replacement {
  kind: 'registry' | 'sparse' | 'directory' | 'local-registry' | 'git';
  url: string;
}

export interface ReplacementConfig {
  replacementForUrl(url: string): Replacement | undefined;
}

/**
 * The source cargo really talks to for a locked source: the same one, or its
 * replacement. The replacement decides the `<host>-<hash>` directory, so a
 * crates.io mirror does not use `index.crates.io-…`.
 */
export function replacedSource(id: SourceId, config: ReplacementConfig): SourceId {
  if (!id.isRegistry()) return id;
  const r = config.replacementForUrl(id.url);
  if (!r) return id.isCratesIo() ? SourceId.cratesIo() : id;
  switch (r.kind) {
    case 'registry':
    case 'sparse':
      return SourceId.forRegistryIndex(r.url);
    case 'git':
      return SourceId.forGit(r.url);
    case 'local-registry':
      return SourceId.forLocalRegistry(new URL(r.url).pathname);
    case 'directory':
      return SourceId.forDirectory(new URL(r.url).pathname);
  }
}
