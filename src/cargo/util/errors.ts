/** Where in a file a problem is. Lines and columns are 1-based. */
export interface Location {
  file: string;
  line?: number;
  col?: number;
}

/** A location, or a thunk for one when computing it up front would be wasted work (positions cost a scan). */
export type Where = Location | (() => Location | undefined);

export function resolveWhere(where: Where | undefined): Location | undefined {
  return typeof where === 'function' ? where() : where;
}

export type ErrorKind = 'manifest' | 'lockfile' | 'config' | 'url' | 'workspace' | 'io' | 'usage' | 'index';

export function formatLocation(loc: Location): string {
  if (loc.line === undefined) return loc.file;
  return loc.col === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.col}`;
}

/**
 * Folds line breaks (including CR and the Unicode separators) into spaces and
 * shows other control characters escaped, so input quoted in a message can
 * never break or overwrite a log line.
 */
export function oneLine(message: string): string {
  return message
    .replace(/\s*[\r\n\u2028\u2029\u0085]+\s*/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * The core's one typed error. `message` is a single line; callers print
 * `oneLine()` and never a stack trace.
 */
export class CargoError extends Error {
  readonly kind: ErrorKind;
  readonly location?: Location;

  constructor(kind: ErrorKind, message: string, location?: Location) {
    super(oneLine(message));
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
