import { parseArgs } from 'node:util';
import { DEFAULT_KEY_PREFIX, keyPartProblem, runnerOs } from '../cargo/ops/cache_key.js';
import { loadProject, type Project } from '../cargo/ops/project.js';
import { detectCargoVersion, type CargoVersion } from '../cargo/util/cargo_version.js';
import { checkCommand } from './check.js';
import { cargoVersionOption, dirnameCommand } from './dirname.js';
import { fetchCommand } from './fetch.js';
import { keyCommand } from './key.js';
import { UsageError, type CommandResult } from './output.js';
import { planCommand } from './plan.js';

interface OptionSpec {
  type: 'string' | 'boolean';
  /** `X.Y` in `--cargo-version X.Y`; string options only. */
  arg?: string;
  help: string;
}

interface Invocation {
  name: string;
  values: Record<string, string | boolean | undefined>;
  /** The positional arguments after the command name. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** One line on stderr, e.g. what had to be assumed. */
  warn: (line: string) => void;
}

interface Command {
  /** The positional arguments, as the synopsis shows them. */
  args: string;
  /** The overview's line. */
  summary: string;
  /** What `<command> --help` says after the synopsis. */
  description: string;
  options: Record<string, OptionSpec>;
  exit: string;
  run(inv: Invocation): CommandResult | Promise<CommandResult>;
}

const DIR = 'the workspace directory, or its Cargo.toml (default: the current directory)';
const JSON_OPTION: OptionSpec = { type: 'boolean', help: 'print the result as JSON' };
const CARGO_VERSION_OPTION: OptionSpec = {
  type: 'string',
  arg: 'X.Y',
  help: "assume this cargo's layout instead of running `cargo -V` (which, when it fails, assumes 1.95 and says so on stderr)",
};
const BAD_INPUT = '2 bad input (a missing directory, Cargo.toml or Cargo.lock, broken TOML, an unknown option…)';

const COMMANDS: Record<string, Command> = {
  dirname: {
    args: '<url>',
    summary: 'the directory name cargo uses for a registry (or git) URL',
    description: 'The name cargo gives the directories of a registry index URL (or, with --git, a git URL) under CARGO_HOME.',
    options: { git: { type: 'boolean', help: 'name a git dependency checkout instead of a registry' }, 'cargo-version': CARGO_VERSION_OPTION },
    exit: `0 ok, ${BAD_INPUT}`,
    run({ values, args, env, warn }) {
      if (args.length !== 1) throw new UsageError(`\`dirname\` takes exactly one URL (got ${args.length} arguments)`);
      return dirnameCommand(args[0], values.git === true, cargoVersion(values, env, warn));
    },
  },
  plan: {
    args: '[dir]',
    summary: 'the CARGO_HOME entries cargo will use for the workspace',
    description: 'The CARGO_HOME layout cargo will use for this workspace and Cargo.lock: registry directories and every entry the cache holds.',
    options: { json: JSON_OPTION, 'cargo-version': CARGO_VERSION_OPTION },
    exit: `0 ok, ${BAD_INPUT}`,
    run: (inv) => planCommand(project(inv), inv.values.json === true),
  },
  check: {
    args: '[dir]',
    summary: 'is Cargo.lock fresh? (what `cargo metadata --locked` would say, without cargo)',
    description:
      'Whether `cargo metadata --locked` would accept Cargo.lock, decided without cargo or the network. Each reason is a line with file:line:col; ' +
      'the last line is the verdict. A missing Cargo.lock is stale: cargo --locked refuses it just the same.',
    options: { json: JSON_OPTION, 'cargo-version': CARGO_VERSION_OPTION },
    exit: `0 fresh, 1 stale (a missing Cargo.lock included), 3 undecided (a feature table not in CARGO_HOME), ${BAD_INPUT.replace(' or Cargo.lock', '')}`,
    run: (inv) => checkCommand(project(inv), inv.values.json === true),
  },
  key: {
    args: '[dir]',
    summary: 'the cache key and the parts it is made from',
    description: 'The cache key the action uses for this workspace, its restore key, and the lines hashed into it.',
    options: {
      json: JSON_OPTION,
      prefix: { type: 'string', arg: 'P', help: `the key's prefix, as the action's key-prefix input (default: ${DEFAULT_KEY_PREFIX})` },
      os: { type: 'string', arg: 'OS', help: `the runner OS in the key (default: ${runnerOs()}, this machine's)` },
      'cargo-version': CARGO_VERSION_OPTION,
    },
    exit: `0 ok, ${BAD_INPUT}`,
    run(inv) {
      const prefix = keyPart(inv.values, 'prefix', 400) ?? DEFAULT_KEY_PREFIX;
      const os = keyPart(inv.values, 'os', 64) ?? runnerOs();
      return keyCommand(project(inv), inv.values.json === true, prefix, os);
    },
  },
  fetch: {
    args: '[dir]',
    summary: 'download, verify and unpack what Cargo.lock needs (then cargo can build --offline)',
    description:
      'Downloads the index entries, .crate files and git dependencies Cargo.lock names into CARGO_HOME, checks every .crate against ' +
      'its Cargo.lock checksum, and unpacks them as cargo would. Progress goes to stderr.',
    options: {
      concurrency: { type: 'string', arg: 'N', help: 'downloads at a time, 1 to 256 (default: 16)' },
      'cargo-version': CARGO_VERSION_OPTION,
    },
    exit: `0 fetched, 1 a download or the \`cargo fetch\` fallback failed, ${BAD_INPUT}`,
    run(inv) {
      const raw = inv.values.concurrency as string | undefined;
      const concurrency = raw === undefined ? undefined : Number(raw);
      if (concurrency !== undefined && (!/^\d+$/.test(raw!) || concurrency < 1 || concurrency > 256)) {
        throw new UsageError(`--concurrency must be a whole number from 1 to 256 (got \`${raw}\`)`);
      }
      return fetchCommand(project(inv), { concurrency, env: inv.env, log: inv.warn });
    },
  },
};

const HELP_OPTION: OptionSpec = { type: 'boolean', help: 'show this help' };

function synopsis(name: string, c: Command): string {
  const opts = Object.entries(c.options).map(([o, s]) => `[--${o}${s.arg ? ` ${s.arg}` : ''}]`);
  return [name, c.args, ...opts].join(' ');
}

function commandHelp(name: string, c: Command): string {
  const rows: Array<[string, string]> = [];
  if (c.args) rows.push([c.args.replace(/[[\]<>]/g, ''), c.args === '<url>' ? 'a registry index URL, e.g. sparse+https://index.crates.io/' : DIR]);
  for (const [o, s] of Object.entries({ ...c.options, help: HELP_OPTION })) rows.push([`--${o}${s.arg ? ` ${s.arg}` : ''}`, s.help]);
  const w = Math.max(...rows.map(([l]) => l.length));
  return [
    `usage: crate-cache ${synopsis(name, c)}`,
    '',
    wrap(c.description, ''),
    '',
    ...rows.map(([l, h]) => wrap(`  ${l.padEnd(w)}  ${h}`, ' '.repeat(w + 4))),
    '',
    wrap(`exit: ${c.exit}`, '  '),
    '',
  ].join('\n');
}

/** `text` in lines of at most 80 columns, continuation lines indented. */
function wrap(text: string, indent: string): string {
  const lines = [''];
  for (const word of text.split(/(?<=\S) (?=\S)/)) {
    const last = lines[lines.length - 1];
    if (last.trim() !== '' && last.length + 1 + word.length > 80) lines.push(indent + word);
    else lines[lines.length - 1] = last === '' ? word : `${last} ${word}`;
  }
  return lines.join('\n');
}

export const USAGE = ((): string => {
  const rows = Object.entries(COMMANDS).map(([name, c]) => [`${name} ${c.args}`.trim(), c.summary]);
  const w = Math.max(...rows.map(([l]) => l.length));
  return [
    'usage: crate-cache <command> [options]',
    '',
    'commands:',
    ...rows.map(([l, s]) => `  ${l.padEnd(w)}  ${s}`),
    '',
    '`crate-cache <command> --help` shows its options and exit codes. Exit codes: 0 ok (or fresh),',
    '1 stale (check) or failed (fetch), 3 undecided (check), 2 bad input. Errors are one line on stderr.',
    '',
  ].join('\n');
})();

/** Runs one CLI invocation; errors are thrown (cli.ts prints them). */
export async function run(argv: string[], env: NodeJS.ProcessEnv = process.env, warn = stderrLine): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError(`no command given; commands: ${Object.keys(COMMANDS).join(', ')}`);
  if (name === '--help' || name === '-h') return { stdout: USAGE, code: 0 };
  if (name === 'help') {
    if (rest.length === 0) return { stdout: USAGE, code: 0 };
    return { stdout: commandHelp(rest[0], lookup(rest[0])), code: 0 };
  }
  const command = lookup(name);
  const beforeDashes = rest.indexOf('--') < 0 ? rest : rest.slice(0, rest.indexOf('--'));
  if (beforeDashes.includes('--help') || beforeDashes.includes('-h')) return { stdout: commandHelp(name, command), code: 0 };
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, allowPositionals: true, options: command.options });
    } catch (e) {
      // Node's own messages run on ("To specify a positional argument starting with a '-'…"): keep the first sentence.
      const first = (e as Error).message.split(/\.\s/)[0];
      throw new UsageError(first.charAt(0).toLowerCase() + first.slice(1));
    }
    return await command.run({ name, values: parsed.values, args: parsed.positionals, env, warn });
  } catch (e) {
    if (e instanceof UsageError) e.command ??= name;
    throw e;
  }
}

function lookup(name: string): Command {
  if (!Object.hasOwn(COMMANDS, name)) throw new UsageError(`unknown command \`${name}\`; commands: ${Object.keys(COMMANDS).join(', ')}`);
  return COMMANDS[name];
}

function stderrLine(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** `--cargo-version X.Y`, when given. */
function givenCargoVersion(values: Invocation['values']): CargoVersion | undefined {
  const given = values['cargo-version'] as string | undefined;
  if (given === undefined) return undefined;
  if (!/^\d+\.\d+(\.\d+)?$/.test(given)) throw new UsageError(`--cargo-version must be a version such as 1.95 (got \`${given}\`)`);
  return cargoVersionOption(given);
}

function cargoVersion(values: Invocation['values'], env: NodeJS.ProcessEnv, warn: Invocation['warn']): CargoVersion {
  return givenCargoVersion(values) ?? detectCargoVersion({ env, onFallback: (m) => warn(assumed(m)) });
}

const assumed = (m: string) => `crate-cache: warning: ${m} (--cargo-version X.Y chooses another)`;

function project({ name, values, args, env, warn }: Invocation): Project {
  if (args.length > 1) throw new UsageError(`\`${name}\` takes at most one directory (got ${args.length} arguments)`);
  return loadProject(args[0] ?? '.', { env, cargoVersion: givenCargoVersion(values), warn: (m) => warn(assumed(m)) });
}

function keyPart(values: Invocation['values'], option: 'prefix' | 'os', max: number): string | undefined {
  const value = values[option] as string | undefined;
  const problem = value === undefined ? undefined : keyPartProblem(value, max);
  if (problem) throw new UsageError(`--${option} ${problem}`);
  return value;
}
