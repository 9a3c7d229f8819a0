import { isCargoError } from './cargo/util/errors.js';
import { UsageError, type CommandResult } from './cli/output.js';
import { run, USAGE } from './cli/run.js';

function main(): void {
  let result: CommandResult;
  try {
    result = run(process.argv.slice(2));
  } catch (e) {
    const msg = isCargoError(e) ? e.oneLine() : e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? `${(e as Error).message}\n${USAGE}`
      : `internal error: ${(e as Error).message?.split('\n')[0] ?? String(e)}`;
    process.stderr.write(`crate-cache: error: ${msg}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(result.stdout);
  process.exitCode = result.code;
}

main();
