import { isCargoError, oneLine } from './cargo/util/errors.js';
import { CommandFailed, UsageError } from './cli/output.js';
import { run } from './cli/run.js';

/** The one line printed for an error, and the exit code: 1 when the command failed, 2 for bad input. */
function describeError(e: unknown): [string, number] {
  if (e instanceof CommandFailed) return [e.message, 1];
  if (e instanceof UsageError) return [`${e.message} (see \`crate-cache ${e.command ? `${e.command} ` : ''}--help\`)`, 2];
  if (isCargoError(e)) return [e.oneLine(), 2];
  return [`internal error: ${(e as Error).message?.split('\n')[0] ?? String(e)}`, 2];
}

async function main(): Promise<void> {
  try {
    const result = await run(process.argv.slice(2));
    process.stdout.write(result.stdout);
    process.exitCode = result.code;
  } catch (e) {
    const [msg, code] = describeError(e);
    process.stderr.write(`crate-cache: error: ${oneLine(msg)}\n`);
    process.exitCode = code;
  }
}

void main();
