import { execFileSync } from 'node:child_process';
import { CargoError, isCargoError, oneLine } from './errors.js';

/** The part of cargo's version that decides its on-disk layout. */
export interface CargoVersion {
  major: number;
  minor: number;
}

/** Assumed when `cargo -V` cannot be run: the newest layout we know. */
export const DEFAULT_CARGO_VERSION: CargoVersion = { major: 1, minor: 95 };

/** Parses `cargo -V` output such as `cargo 1.95.0 (f2d3ce0bd 2026-03-21)`. */
export function parseCargoVersion(output: string): CargoVersion {
  const m = /^cargo\s+(\d+)\.(\d+)\.\d+/m.exec(output.trim());
  if (!m) {
    throw new CargoError('usage', `cannot read a cargo version from \`${output.trim().split('\n')[0]}\``);
  }
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export interface DetectOptions {
  /** rustup picks the toolchain from `rust-toolchain.toml` relative to here. */
  cwd?: string;
  /** The cargo binary; defaults to `cargo` on PATH. */
  cargo?: string;
  env?: NodeJS.ProcessEnv;
  /** Told, in one line, why DEFAULT_CARGO_VERSION is assumed. */
  onFallback?: (message: string) => void;
}

/** Runs `cargo -V`; on any failure falls back to DEFAULT_CARGO_VERSION. */
export function detectCargoVersion(opts: DetectOptions = {}): CargoVersion {
  const cargo = opts.cargo ?? 'cargo';
  let why: string;
  try {
    const out = execFileSync(cargo, ['-V'], {
      cwd: opts.cwd,
      env: opts.env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    return parseCargoVersion(out);
  } catch (e) {
    why = fallbackReason(e, cargo, opts.cargo !== undefined);
  }
  const v = { ...DEFAULT_CARGO_VERSION };
  opts.onFallback?.(oneLine(`${why}; assuming cargo ${v.major}.${v.minor}`));
  return v;
}

function fallbackReason(e: unknown, cargo: string, given: boolean): string {
  if (isCargoError(e)) return e.message;
  const err = e as NodeJS.ErrnoException & { stderr?: string };
  if (err.code === 'ENOENT' && err.syscall?.startsWith('spawn')) return given ? `\`${cargo}\` does not exist` : 'no `cargo` on PATH';
  const said = err.stderr?.split('\n').find((l) => l.trim() !== '') ?? err.message.split('\n')[0];
  return `\`${cargo} -V\` failed: ${said.trim()}`;
}

/** Whether this cargo (>= 1.85) names directories with rustc-stable-hash. */
export function usesStableHash(v: CargoVersion): boolean {
  return v.major > 1 || (v.major === 1 && v.minor >= 85);
}
