import * as core from '@actions/core';

/**
 * A step never ends with a stack trace: an uncaught exception or unhandled
 * rejection (for instance from a socket handler inside an HTTP client, where
 * no caller can catch it) becomes a one-line warning, and the step goes on.
 * Work that registered through `watch` is aborted, so that, for example, the
 * native fetch gives up and `cargo fetch --locked` takes over.
 */
export class CrashGuard {
  private readonly watchers = new Set<AbortController>();
  private installed = false;

  install(): this {
    if (this.installed) return this;
    this.installed = true;
    process.on('uncaughtException', (e) => this.crashed(e, 'uncaught exception'));
    process.on('unhandledRejection', (e) => this.crashed(e, 'unhandled rejection'));
    return this;
  }

  /** Runs `work` with a signal that aborts when anything crashes while it runs. */
  async watch<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const abort = new AbortController();
    this.watchers.add(abort);
    try {
      return await work(abort.signal);
    } finally {
      this.watchers.delete(abort);
    }
  }

  private crashed(e: unknown, kind: string): void {
    const err = e instanceof Error ? e : new Error(String(e));
    const first = (err.message || err.name).split('\n').find((l) => l.trim()) ?? err.name;
    const during = this.watchers.size ? '; abandoning the work in progress' : '';
    core.warning(`crate-cache: ${kind}: ${err.name === 'Error' ? '' : `${err.name}: `}${first.trim()}${during}`);
    if (err.stack) core.debug(err.stack);
    for (const w of this.watchers) w.abort(err);
  }
}

/** The process's one guard; each entry point installs it first. */
export const crashGuard = new CrashGuard();
