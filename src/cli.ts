import { isCargoError } from './cargo/util/errors.js';
import { fetchCommand } from './cli/fetch.js';
import { UsageError, type CommandResult } from './cli/output.js';
import { run, USAGE } from './cli/run.js';

async function main(): Promise<void> {
  let result: CommandResult;
  const argv = process.argv.slice(2);
  try {
    result = argv[0] === 'fetch' ? await fetchCommand(argv.slice(1)) : run(argv);
  } catch (e) {
    const usage = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const msg = isCargoError(e) ? e.oneLine() : usage ? `${(e as Error).message}\n${USAGE}` : `internal error: ${(e as Error).message?.split('\n')[0] ?? String(e)}`;
    process.stderr.write(`crate-cache: error: ${msg}\n`);
    // A failed download is a fetch failure (1); bad input and usage are 2.
    process.exitCode = isCargoError(e) && (e.kind === 'io' || e.kind === 'index') ? 1 : 2;
    return;
  }
  process.stdout.write(result.stdout);
  process.exitCode = result.code;
}

void main();
