// npx tsx test-support/registry/cli.ts build [--out DIR]
//                                     ensure (build the fixture unless it is current)
//                                     serve [--root DIR] [--port N] [--host H]
//                                     synthetic [--out DIR] [--count N] [--seed N] [--workspace DIR] [--members N]
import path from 'node:path';
import { CargoError, isCargoError } from '../../src/cargo/util/errors.js';
import {
  ensureFixtureRegistry,
  ensureSyntheticRegistry,
  FIXTURE_PORT,
  FIXTURE_REGISTRY_DIR,
  generateWorkspace,
  startRegistry,
  SYNTHETIC_PORT,
  SYNTHETIC_REGISTRY_DIR,
} from './index.js';

const USAGE = 'usage: cli.ts build [--out DIR] | ensure | serve [--root DIR] [--port N] [--host H] | synthetic [--out DIR] [--count N] [--seed N] [--workspace DIR] [--members N]';

function parseFlags(args: string[], allowed: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, '');
    if (!args[i].startsWith('--') || !allowed.includes(name)) throw new CargoError('usage', `unknown argument \`${args[i]}\`; ${USAGE}`);
    if (args[i + 1] === undefined) throw new CargoError('usage', `\`${args[i]}\` needs a value`);
    flags.set(name, args[i + 1]);
  }
  return flags;
}

function intFlag(flags: Map<string, string>, name: string): number | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new CargoError('usage', `--${name} must be a non-negative integer, got \`${v}\``);
  return Number(v);
}

async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  if (cmd === 'build') {
    const out = path.resolve(parseFlags(rest, ['out']).get('out') ?? FIXTURE_REGISTRY_DIR);
    const root = await ensureFixtureRegistry({ outDir: out, force: true });
    console.log(`wrote the fixture registry to ${root} (serve with --port ${FIXTURE_PORT})`);
  } else if (cmd === 'ensure' && rest.length === 0) {
    console.log(`fixture registry: ${await ensureFixtureRegistry()}`);
  } else if (cmd === 'serve') {
    const flags = parseFlags(rest, ['root', 'port', 'host']);
    const root = flags.has('root') ? path.resolve(flags.get('root')!) : await ensureFixtureRegistry();
    const reg = await startRegistry({ root, port: intFlag(flags, 'port') ?? FIXTURE_PORT, host: flags.get('host') });
    console.log(`serving ${root} at ${reg.url} (Ctrl-C to stop)`);
    const stop = (): void => {
      console.log(`stopping after ${reg.requests.length} requests`);
      void reg.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } else if (cmd === 'synthetic') {
    const flags = parseFlags(rest, ['out', 'count', 'seed', 'workspace', 'members']);
    const out = path.resolve(flags.get('out') ?? SYNTHETIC_REGISTRY_DIR);
    const count = intFlag(flags, 'count');
    const seed = intFlag(flags, 'seed');
    const root = await ensureSyntheticRegistry({ outDir: out, count, seed, force: true });
    console.log(`wrote the synthetic registry to ${root} (serve with --root ${root} --port ${SYNTHETIC_PORT})`);
    if (flags.has('workspace')) {
      const dir = path.resolve(flags.get('workspace')!);
      const registryUrl = `sparse+http://127.0.0.1:${SYNTHETIC_PORT}/index/`;
      const { members } = generateWorkspace({ dir, members: intFlag(flags, 'members'), registryUrl, count, seed });
      console.log(`wrote a ${members.length}-member workspace to ${dir}`);
    }
  } else {
    throw new CargoError('usage', USAGE);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`error: ${isCargoError(e) ? e.oneLine() : (e as Error).message}`);
  process.exit(isCargoError(e) && e.kind === 'usage' ? 2 : 1);
});
