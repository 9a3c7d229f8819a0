/** What a CLI command produces: text for stdout and an exit code. */
export interface CommandResult {
  stdout: string;
  code: number;
}

/** Bad arguments (exit 2); the message is one line, and `command`'s help is suggested with it. */
export class UsageError extends Error {
  command?: string;
}

/** The command ran and failed, e.g. a download (exit 1); the message is one line. */
export class CommandFailed extends Error {}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
