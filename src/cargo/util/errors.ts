/** Where in a file a problem is. Lines and columns are 1-based. */
export interface Location {
  file: string;
  line?: number;
  col?: number;
}

export type ErrorKind = 'manifest' | 'lockfile' | 'config' | 'url' | 'workspace' | 'io' | 'usage' | 'index';

export function formatLocation(loc: Location): string {
  if (loc.line === undefined) return loc.file;
  return loc.col === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.col}`;
}

/**
 * The core's one typed error. `message` is a single line; callers print
 * `oneLine()` and never a stack trace.
 */
export class CargoError extends Error {
  readonly kind: ErrorKind;
  readonly location?: Location;

  constructor(kind: ErrorKind, message: string, location?: Location) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'CargoError';
    this.kind = kind;
    this.location = location;
  }

  oneLine(): string {
    return this.location ? `${formatLocation(this.location)}: ${this.message}` : this.message;
  }
}

export function isCargoError(e: unknown): e is CargoError {
  return e instanceof CargoError;
}
