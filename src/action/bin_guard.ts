import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'smol-toml';

/**
 * With `cache-bin`, a restore must not replace or lose binaries that were
 * already installed (self-hosted runners keep CARGO_HOME between jobs): they
 * are set aside before the restore and put back over whatever it extracted.
 * cargo's install records are merged, the runner's entries winning, so both
 * the runner's and the restored tools stay known to `cargo install`.
 */
export class BinGuard {
  private readonly saved: { from: string; to: string; link?: string }[] = [];
  private records: { toml?: string; json?: string } = {};

  constructor(
    private readonly cargoHome: string,
    private readonly backupDir: string,
  ) {}

  setAside(): void {
    for (const name of listBin(path.join(this.cargoHome, 'bin'))) {
      const from = path.join(this.cargoHome, 'bin', name);
      const to = path.join(this.backupDir, 'bin', name);
      try {
        const st = fs.lstatSync(from);
        if (st.isSymbolicLink()) {
          this.saved.push({ from, to, link: fs.readlinkSync(from) });
        } else if (st.isFile()) {
          fs.mkdirSync(path.dirname(to), { recursive: true });
          fs.copyFileSync(from, to);
          fs.chmodSync(to, st.mode);
          this.saved.push({ from, to });
        }
      } catch {
        // one unreadable entry must not leave the others unguarded
      }
    }
    this.records = { toml: readText(path.join(this.cargoHome, '.crates.toml')), json: readText(path.join(this.cargoHome, '.crates2.json')) };
  }

  putBack(): void {
    for (const { from, to, link } of this.saved) {
      fs.mkdirSync(path.dirname(from), { recursive: true });
      const tmp = `${from}.crate-cache-tmp`;
      fs.rmSync(tmp, { force: true });
      if (link !== undefined) fs.symlinkSync(link, tmp);
      else (fs.copyFileSync(to, tmp), fs.chmodSync(tmp, fs.statSync(to).mode));
      fs.renameSync(tmp, from);
    }
    this.mergeRecords();
  }

  private mergeRecords(): void {
    const tomlFile = path.join(this.cargoHome, '.crates.toml');
    const jsonFile = path.join(this.cargoHome, '.crates2.json');
    if (this.records.toml !== undefined) {
      writeAtomic(tomlFile, merge(readText(tomlFile), this.records.toml, (s) => parse(s) as Record<string, Record<string, unknown>>, (v) => stringify(v) + '\n', 'v1'));
    }
    if (this.records.json !== undefined) {
      writeAtomic(jsonFile, merge(readText(jsonFile), this.records.json, (s) => JSON.parse(s), (v) => JSON.stringify(v), 'installs'));
    }
  }
}

/** Restored records plus the runner's, the runner's winning; the runner's alone when either cannot be read. */
function merge(
  restored: string | undefined,
  original: string,
  read: (s: string) => Record<string, Record<string, unknown>>,
  write: (v: Record<string, Record<string, unknown>>) => string,
  table: string,
): string {
  if (restored === undefined) return original;
  try {
    const a = read(restored);
    const b = read(original);
    // A package the runner has installed is the runner's, whatever version the cache had.
    const mine = new Set(Object.keys(b[table] ?? {}).map((k) => k.split(' ')[0]));
    const theirs = Object.entries(a[table] ?? {}).filter(([k]) => !mine.has(k.split(' ')[0]));
    return write({ ...a, ...b, [table]: { ...Object.fromEntries(theirs), ...(b[table] ?? {}) } });
  } catch {
    return original;
  }
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.crate-cache-tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function listBin(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
