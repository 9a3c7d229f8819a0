import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalUrl } from '../core/canonical_url.js';
import { cargoHome } from './cargo_home.js';
import { checkUrl, resolveConfigPath, SourceConfigMap, typeError, type AltRegistry, type ReplacedSource } from './context/source_config.js';
import { CargoError } from './errors.js';
import { loadConfigFile, mergeInto, type ConfigValue, type Definition } from './context/value.js';

export type { ReplacedSource } from './context/source_config.js';

/**
 * Cargo's `GlobalContext`: the merged `.cargo/config.toml` files seen from a
 * directory plus `CARGO_*` environment overrides, limited to what decides
 * where sources come from (registries and source replacement).
 */
export class GlobalContext {
  private sourceMap?: SourceConfigMap;

  private constructor(
    readonly cwd: string,
    readonly cargoHome: string,
    /** Config files read, highest precedence first. */
    readonly files: string[],
    /** Non-fatal notes cargo would print, e.g. both `config` and `config.toml` exist. */
    readonly warnings: string[],
    private readonly values: ConfigValue,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static load(cwd: string, env: NodeJS.ProcessEnv = process.env): GlobalContext {
    const abs = path.resolve(cwd);
    // A relative CARGO_HOME is relative to the process's directory, as in cargo, not to the workspace.
    const home = cargoHome(env, process.platform, undefined, process.cwd());
    const warnings: string[] = [];
    const files: string[] = [];
    for (let dir = abs; ; dir = path.dirname(dir)) {
      const file = configFileIn(path.join(dir, '.cargo'), warnings);
      if (file) files.push(file);
      if (path.dirname(dir) === dir) break;
    }
    const homeFile = configFileIn(home, warnings);
    if (homeFile && !files.includes(homeFile)) files.push(homeFile);

    const values: ConfigValue = { kind: 'table', val: new Map(), def: { kind: 'path', file: files[0] ?? home } };
    for (const file of files) mergeInto(values, loadConfigFile(file));
    const cx = new GlobalContext(abs, home, files, [...new Set(warnings)], values, env);
    cx.sources(); // bad `[source]` tables fail at load, as in cargo
    return cx;
  }

  /** The merged config value at `key` (files only; see `getString` for env overrides). */
  get(key: readonly string[]): ConfigValue | undefined {
    let v: ConfigValue | undefined = this.values;
    for (const k of key) {
      if (v?.kind !== 'table') return undefined;
      v = v.val.get(k);
    }
    return v;
  }

  /** A string setting: `CARGO_<KEY>` in the environment wins over the files. */
  getString(key: readonly string[]): { val: string; def: Definition } | undefined {
    const envKey = envKeyFor(key);
    const fromEnv = this.env[envKey];
    if (fromEnv !== undefined) return { val: fromEnv, def: { kind: 'environment', key: envKey } };
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (v.kind !== 'string') throw typeError([...key], v, 'a string');
    return { val: v.val, def: v.def };
  }

  /** A boolean setting: `CARGO_<KEY>` (`true` or `false`) in the environment wins over the files. */
  getBool(key: readonly string[]): boolean | undefined {
    const envKey = envKeyFor(key);
    const fromEnv = this.env[envKey];
    if (fromEnv !== undefined) {
      if (fromEnv === 'true' || fromEnv === 'false') return fromEnv === 'true';
      throw new CargoError('config', `environment variable \`${envKey}\` must be \`true\` or \`false\`, got \`${fromEnv}\``);
    }
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (v.kind !== 'boolean') throw typeError([...key], v, 'a boolean');
    return v.val;
  }

  /**
   * What the native fetch takes from cargo's `[http]` table: `multiplexing`
   * (HTTP/2 where offered, default true) and `cainfo` (a CA bundle file,
   * config-relative), with their `CARGO_HTTP_*` overrides.
   */
  httpSettings(): { multiplexing: boolean; caInfo?: string } {
    const cainfo = this.getString(['http', 'cainfo']);
    return {
      multiplexing: this.getBool(['http', 'multiplexing']) ?? true,
      caInfo: cainfo && resolveConfigPath(cainfo.val, cainfo.def, this.cwd),
    };
  }

  /** `[registries.<name>] index` or `CARGO_REGISTRIES_<NAME>_INDEX`. */
  registryIndex(name: string): string | undefined {
    return this.altRegistry(name)?.index;
  }

  /** `[registries.<name>] token` or `CARGO_REGISTRIES_<NAME>_TOKEN`; `[registry] token` for crates-io. */
  registryToken(name: string): string | undefined {
    const key = name === 'crates-io' ? ['registry', 'token'] : ['registries', name, 'token'];
    return this.getString(key)?.val;
  }

  /**
   * The token for a registry known by its index URL (with `sparse+` where
   * sparse): the `[registries.<name>]` whose index it is, else the
   * `[source]` entry that names it (`crates-io` for crates.io).
   */
  tokenForIndexUrl(url: string): string | undefined {
    const want = canonicalUrl(url);
    const registries = this.get(['registries']);
    if (registries?.kind === 'table') {
      for (const name of registries.val.keys()) {
        const index = this.registryIndex(name);
        if (index !== undefined && index.startsWith('sparse+') === url.startsWith('sparse+') && canonicalUrl(index) === want) {
          return this.registryToken(name);
        }
      }
    }
    const name = this.sourceNameForRegistryUrl(url);
    return name === undefined ? undefined : this.registryToken(name);
  }

  /** `[registry] default` or `CARGO_REGISTRY_DEFAULT`; undefined means crates-io. */
  defaultRegistry(): string | undefined {
    return this.getString(['registry', 'default'])?.val;
  }

  /** Follows `[source.<name>] replace-with` to the final source; undefined if not replaced. */
  replacementFor(sourceName: string): ReplacedSource | undefined {
    return this.sources().replacementFor(sourceName);
  }

  /**
   * The replacement for the source with this index URL (`sparse+` kept), as
   * cargo matches replaced sources by URL. Both crates.io spellings are `crates-io`.
   */
  replacementForUrl(url: string): ReplacedSource | undefined {
    const name = this.sourceNameForRegistryUrl(url);
    return name === undefined ? undefined : this.replacementFor(name);
  }

  /** Name of the `[source]` entry for a registry index URL (`crates-io` for crates.io). */
  sourceNameForRegistryUrl(url: string): string | undefined {
    return this.sources().nameForRegistryUrl(url);
  }

  private sources(): SourceConfigMap {
    this.sourceMap ??= new SourceConfigMap(this.get(['source']), this.cwd, (name) => this.altRegistry(name));
    return this.sourceMap;
  }

  private altRegistry(name: string): AltRegistry | undefined {
    const key = ['registries', name, 'index'];
    const v = this.getString(key);
    if (v === undefined) return undefined;
    return { index: checkUrl(v, key), def: v.def };
  }
}

/** Cargo's env spelling of a config key: `registries.my-reg.index` → `CARGO_REGISTRIES_MY_REG_INDEX`. */
export function envKeyFor(key: readonly string[]): string {
  return ['CARGO', ...key].join('_').toUpperCase().replace(/-/g, '_');
}

/**
 * Cargo's `get_file_path(dir, "config", true)`: the extension-less legacy
 * `config` wins when both exist (with a warning).
 */
function configFileIn(dir: string, warnings: string[]): string | undefined {
  const legacy = path.join(dir, 'config');
  const toml = path.join(dir, 'config.toml');
  const legacyExists = isFile(legacy);
  if (legacyExists && isFile(toml)) warnings.push(`both \`${legacy}\` and \`${toml}\` exist. Using \`${legacy}\``);
  if (legacyExists) return legacy;
  return isFile(toml) ? toml : undefined;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
