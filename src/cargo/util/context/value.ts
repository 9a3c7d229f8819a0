import * as fs from 'node:fs';
import { parse, TomlError } from 'smol-toml';
import { MAX_CONFIG_BYTES, readText } from '../paths.js';
import { CargoError, type Location } from '../errors.js';
import { TomlLocator } from '../toml_locate.js';

/** Where a config value was set: a file, or an environment variable. */
export type Definition = { kind: 'path'; file: string } | { kind: 'environment'; key: string };

/**
 * Cargo's `ConfigValue`: a TOML value that remembers which file defined it,
 * so relative paths can be resolved against that file's project.
 */
export type ConfigValue =
  | { kind: 'table'; val: Map<string, ConfigValue>; def: Definition }
  | { kind: 'array'; val: ConfigValue[]; def: Definition }
  | { kind: 'string'; val: string; def: Definition }
  | { kind: 'integer' | 'float'; val: number | bigint; def: Definition }
  | { kind: 'boolean'; val: boolean; def: Definition }
  | { kind: 'datetime'; val: string; def: Definition };

/** Reads and parses one config file into a table of `ConfigValue`s. */
export function loadConfigFile(file: string): ConfigValue {
  const text = readText(file, 'config', MAX_CONFIG_BYTES, 'configuration file');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    if (e instanceof TomlError) {
      const first = e.message.split('\n')[0];
      throw new CargoError('config', `could not parse TOML configuration: ${first}`, { file, line: e.line, col: e.column });
    }
    throw new CargoError('config', `could not parse TOML configuration: ${String(e)}`, { file });
  }
  try {
    return fromToml(doc, { kind: 'path', file });
  } catch (e) {
    if (e instanceof RangeError) throw new CargoError('config', 'configuration is nested too deeply', { file });
    throw e;
  }
}

function fromToml(v: unknown, def: Definition): ConfigValue {
  if (typeof v === 'string') return { kind: 'string', val: v, def };
  if (typeof v === 'boolean') return { kind: 'boolean', val: v, def };
  if (typeof v === 'bigint') return { kind: 'integer', val: v, def };
  if (typeof v === 'number') return { kind: Number.isInteger(v) ? 'integer' : 'float', val: v, def };
  if (Array.isArray(v)) return { kind: 'array', val: v.map((x) => fromToml(x, def)), def };
  if (v instanceof Date) return { kind: 'datetime', val: v.toISOString(), def };
  const val = new Map<string, ConfigValue>();
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) val.set(k, fromToml(x, def));
  return { kind: 'table', val, def };
}

/**
 * Cargo's `ConfigValue::merge` without `force`: `into` has precedence, so its
 * scalars win; tables merge key by key and arrays are joined with the higher
 * precedence items last (cargo 1.95 prints `$CARGO_HOME`'s `build.rustflags`
 * before the project's).
 */
export function mergeInto(into: ConfigValue, from: ConfigValue, key: string[] = []): void {
  if (into.kind === 'table' && from.kind === 'table') {
    for (const [k, v] of from.val) {
      const old = into.val.get(k);
      if (old === undefined) into.val.set(k, v);
      else mergeInto(old, v, [...key, k]);
    }
  } else if (into.kind === 'array' && from.kind === 'array') {
    into.val.unshift(...from.val);
  } else if (into.kind === 'table' || from.kind === 'table' || into.kind === 'array' || from.kind === 'array') {
    throw new CargoError(
      'config',
      `failed to merge key \`${key.join('.')}\` between ${describe(from.def)} and ${describe(into.def)}: expected ${into.kind}, but found ${from.kind}`,
      definitionLocation(from.def, key),
    );
  }
}

export function describe(def: Definition): string {
  return def.kind === 'path' ? def.file : `environment variable \`${def.key}\``;
}

/** `file:line:col` of `key` in the file that defined it, for diagnostics. */
export function definitionLocation(def: Definition, key: readonly string[]): Location | undefined {
  if (def.kind !== 'path') return undefined;
  let pos;
  try {
    // Only on the error path, so re-reading the file is fine.
    pos = new TomlLocator(fs.readFileSync(def.file, 'utf8')).find(key);
  } catch {
    pos = undefined;
  }
  return pos ? { file: def.file, line: pos.line, col: pos.col } : { file: def.file };
}
