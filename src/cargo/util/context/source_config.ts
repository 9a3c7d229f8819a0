import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalUrl } from '../../core/canonical_url.js';
import { CRATES_IO_HTTP_INDEX, CRATES_IO_INDEX } from '../../core/source_id.js';
import { CargoError } from '../errors.js';
import { definitionLocation, describe, type ConfigValue, type Definition } from './value.js';

export const CRATES_IO_REGISTRY = 'crates-io';

export type GitReferenceConfig = { kind: 'branch' | 'tag' | 'rev'; name: string };

/** The source cargo talks to instead of the original, after following `replace-with`. */
export interface ReplacedSource {
  /** `[source.<name>]` or `[registries.<name>]` that the chain ended at. */
  name: string;
  kind: 'registry' | 'sparse' | 'directory' | 'local-registry' | 'git';
  /** Index URL (`sparse+` kept), git URL, or `file://` URL of an absolute path. */
  url: string;
  /** File (or environment variable) that set the location. */
  definedIn: string;
  gitReference?: GitReferenceConfig;
}

/** A registry from `[registries.<name>]`, which `replace-with` may name too. */
export interface AltRegistry {
  index: string;
  def: Definition;
}

interface SourceConfig {
  /** Undefined only for the built-in `crates-io`. */
  location?: ReplacedSource;
  replaceWith?: { name: string; def: Definition };
}

const CRATES_IO_CANONICAL = new Set([canonicalUrl(CRATES_IO_INDEX), canonicalUrl(CRATES_IO_HTTP_INDEX)]);

export function isCratesIoUrl(url: string): boolean {
  return CRATES_IO_CANONICAL.has(canonicalUrl(url));
}

/**
 * Cargo's `SourceConfigMap`: the `[source.*]` tables, and how a source is
 * replaced by following `replace-with` until a source with a location.
 */
export class SourceConfigMap {
  private readonly cfgs = new Map<string, SourceConfig>();

  /**
   * @param table merged `source` config value, if any
   * @param cwd base for relative paths set through the environment
   * @param altRegistry `[registries.<name>]` lookup, for `replace-with = "<registry>"`
   */
  constructor(
    table: ConfigValue | undefined,
    cwd: string,
    private readonly altRegistry: (name: string) => AltRegistry | undefined,
  ) {
    this.cfgs.set(CRATES_IO_REGISTRY, {});
    if (table === undefined) return;
    if (table.kind !== 'table') throw typeError(['source'], table, 'a table');
    for (const [name, def] of table.val) this.cfgs.set(name, parseSourceConfig(name, def, cwd));
  }

  /** Name of the `[source]` entry whose registry is `url`; `crates-io` for either crates.io spelling. */
  nameForRegistryUrl(url: string): string | undefined {
    if (isCratesIoUrl(url)) return CRATES_IO_REGISTRY;
    const want = canonicalUrl(url);
    // Like `SourceId` equality: kind and canonical URL (github.com drops `sparse+` there).
    const kind = url.startsWith('sparse+') ? 'sparse' : 'registry';
    for (const [name, cfg] of this.cfgs) {
      const loc = cfg.location;
      if (loc?.kind === kind && canonicalUrl(loc.url) === want) return name;
    }
    return undefined;
  }

  /** The final replacement of source `name`, or undefined when cargo uses it as is. */
  replacementFor(name: string): ReplacedSource | undefined {
    const start = this.cfgs.get(name);
    if (!start) return undefined;
    let current = name;
    let via: Definition | undefined;
    const chain = [name];
    for (;;) {
      const cfg = this.cfgs.get(current);
      if (!cfg) {
        const alt = this.altRegistry(current);
        if (alt) {
          return this.unlessOriginal(name, start, {
            name: current,
            kind: alt.index.startsWith('sparse+') ? 'sparse' : 'registry',
            url: alt.index,
            definedIn: describe(alt.def),
          });
        }
        throw new CargoError(
          'config',
          `could not find a configured source with the name \`${current}\` when attempting to lookup \`${name}\` (configuration in ${via ? describe(via) : 'unknown'})`,
          via && definitionLocation(via, ['source', chain[chain.length - 2], 'replace-with']),
        );
      }
      if (cfg.replaceWith) {
        via = cfg.replaceWith.def;
        const next = cfg.replaceWith.name;
        if (chain.includes(next)) {
          throw new CargoError(
            'config',
            `detected a cycle of \`replace-with\` sources, the source \`${next}\` is eventually replaced with itself (${[...chain, next].map((n) => `\`${n}\``).join(' -> ')})`,
            definitionLocation(via, ['source', current, 'replace-with']),
          );
        }
        chain.push(next);
        current = next;
        continue;
      }
      return this.unlessOriginal(name, start, cfg.location ?? cratesIo());
    }
  }

  /** A chain that ends at the source it started from means no replacement. */
  private unlessOriginal(name: string, start: SourceConfig, target: ReplacedSource): ReplacedSource | undefined {
    // `crates-io` always stands for crates.io; a location in its own table replaces it.
    const original = name === CRATES_IO_REGISTRY ? cratesIo() : start.location!;
    if (sameSource(original, target)) return undefined;
    checkReplaceable(name, original, target, start.replaceWith?.def);
    return target;
  }
}

/**
 * Cargo's `SourceConfigMap::load` checks: checksums in a lock file must stay
 * checkable (git sources have none), and a git source needs a locked rev first.
 */
function checkReplaceable(name: string, original: ReplacedSource, target: ReplacedSource, via: Definition | undefined): void {
  const where = via && definitionLocation(via, ['source', name, 'replace-with']);
  if (original.kind !== 'git' && target.kind === 'git') {
    throw new CargoError(
      'config',
      `cannot replace \`${name}\` with \`${target.name}\`, the source \`${name}\` supports checksums, but \`${target.name}\` does not; a lock file compatible with \`${name}\` cannot be generated in this situation`,
      where,
    );
  }
  if (original.kind === 'git' && target.kind !== 'git') {
    throw new CargoError(
      'config',
      `cannot replace \`${name}\` with \`${target.name}\`, the source \`${name}\` requires a lock file to be present first before it can be used against vendored source code`,
      where,
    );
  }
}

function cratesIo(): ReplacedSource {
  return { name: CRATES_IO_REGISTRY, kind: 'sparse', url: CRATES_IO_HTTP_INDEX, definedIn: 'built-in' };
}

function sameSource(a: ReplacedSource, b: ReplacedSource): boolean {
  const registryish = (l: ReplacedSource) => l.kind === 'sparse' || l.kind === 'registry';
  if (registryish(a) && registryish(b) && isCratesIoUrl(a.url) && isCratesIoUrl(b.url)) return true;
  return a.kind === b.kind && canonicalUrl(a.url) === canonicalUrl(b.url) && a.gitReference?.name === b.gitReference?.name;
}

function parseSourceConfig(name: string, value: ConfigValue, cwd: string): SourceConfig {
  const key = ['source', name];
  if (value.kind !== 'table') throw typeError(key, value, 'a table');
  const str = (k: string): { val: string; def: Definition } | undefined => {
    const v = value.val.get(k);
    if (v === undefined) return undefined;
    if (v.kind !== 'string') throw typeError([...key, k], v, 'a string');
    return { val: v.val, def: v.def };
  };
  const locations: ReplacedSource[] = [];

  const registry = str('registry');
  if (registry) {
    const url = checkUrl(registry, [...key, 'registry']);
    locations.push({ name, kind: url.startsWith('sparse+') ? 'sparse' : 'registry', url, definedIn: describe(registry.def) });
  }
  for (const kind of ['local-registry', 'directory'] as const) {
    const p = str(kind);
    if (p) locations.push({ name, kind, url: pathToFileURL(resolveConfigPath(p.val, p.def, cwd)).href, definedIn: describe(p.def) });
  }
  const git = str('git');
  if (git) {
    const refs = (['branch', 'tag', 'rev'] as const).flatMap((k) => {
      const v = str(k);
      return v ? [{ kind: k, name: v.val }] : [];
    });
    if (refs.length > 1) {
      throw new CargoError('config', `\`source.${name}\` may only specify one of \`branch\`, \`tag\` or \`rev\``, definitionLocation(git.def, key));
    }
    locations.push({ name, kind: 'git', url: checkUrl(git, [...key, 'git']), definedIn: describe(git.def), gitReference: refs[0] });
  }

  if (locations.length > 1) {
    throw new CargoError('config', `more than one source location specified for \`source.${name}\``, definitionLocation(value.def, key));
  }
  if (locations.length === 0 && name !== CRATES_IO_REGISTRY) {
    throw new CargoError(
      'config',
      `no source location specified for \`source.${name}\`, need \`registry\`, \`local-registry\`, \`directory\`, or \`git\` defined`,
      definitionLocation(value.def, key),
    );
  }
  const rw = str('replace-with');
  return { location: locations[0], replaceWith: rw && { name: rw.val, def: rw.def } };
}

/** Cargo's `ConfigRelativePath`: relative to the directory holding `.cargo/`, or the cwd for env values. */
export function resolveConfigPath(value: string, def: Definition, cwd: string): string {
  const base = def.kind === 'path' ? path.dirname(path.dirname(def.file)) : cwd;
  return path.resolve(base, value);
}

/** The URL of a config value, refused with its file and key when cargo could not use it. */
export function checkUrl(v: { val: string; def: Definition }, key: string[]): string {
  try {
    // Canonicalising also refuses what cargo cannot use as a source (cannot-be-a-base URLs).
    canonicalUrl(v.val);
  } catch {
    throw new CargoError(
      'config',
      `configuration key \`${key.join('.')}\` specified an invalid URL \`${v.val}\` (in ${describe(v.def)})`,
      definitionLocation(v.def, key),
    );
  }
  return v.val;
}

export function typeError(key: string[], v: ConfigValue, expected: string): CargoError {
  return new CargoError(
    'config',
    `\`${key.join('.')}\` expected ${expected}, but found ${v.kind} (in ${describe(v.def)})`,
    definitionLocation(v.def, key),
  );
}
