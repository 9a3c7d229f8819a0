/** What a CLI command produces: text for stdout and an exit code. */
export interface CommandResult {
  stdout: string;
  code: number;
}

export class UsageError extends Error {}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
