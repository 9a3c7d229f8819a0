import { parseArgs } from 'node:util';
import { loadProject } from '../cargo/ops/project.js';
import { checkCommand } from './check.js';
import { cargoVersionOption, dirnameCommand } from './dirname.js';
import { keyCommand } from './key.js';
import { UsageError, type CommandResult } from './output.js';
import { planCommand } from './plan.js';

export const USAGE = `usage: crate-cache <command> [options]

commands:
  dirname <url> [--git] [--cargo-version X.Y]   directory name cargo uses for a registry (or git) URL
  plan [dir] [--json]                           CARGO_HOME entries cargo will use for the workspace
  check [dir] [--json]                          is Cargo.lock fresh? exit 0 fresh, 1 stale, 3 undecided, 2 bad input
  key [dir] [--json] [--prefix P] [--os OS]     the cache key and the parts it is made from
  fetch [dir] [--concurrency N]                 download, verify and unpack what Cargo.lock needs (then cargo can build --offline)

options:
  --cargo-version X.Y   assume this cargo instead of running \`cargo -V\`
`;

export function run(argv: string[], env: NodeJS.ProcessEnv = process.env): CommandResult {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      git: { type: 'boolean', default: false },
      'cargo-version': { type: 'string' },
      prefix: { type: 'string' },
      os: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { stdout: USAGE, code: 0 };
  const cargoVersion = values['cargo-version'] ? cargoVersionOption(values['cargo-version']) : undefined;
  if (command === 'dirname') {
    if (rest.length !== 1) throw new UsageError('dirname takes exactly one URL');
    return dirnameCommand(rest[0], values.git, cargoVersion ?? { major: 1, minor: 95 });
  }
  if (!['plan', 'check', 'key'].includes(command ?? '')) {
    throw new UsageError(command ? `unknown command \`${command}\`` : 'no command given');
  }
  if (rest.length > 1) throw new UsageError(`${command} takes at most one directory`);
  const project = loadProject(rest[0] ?? '.', { env, cargoVersion });
  if (command === 'plan') return planCommand(project, values.json);
  if (command === 'key') return keyCommand(project, values.json, values.prefix, values.os);
  return checkCommand(project, values.json);
}

