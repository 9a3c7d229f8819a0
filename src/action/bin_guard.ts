import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * With `cache-bin`, a restore must not replace or lose binaries that were
 * already installed (self-hosted runners keep CARGO_HOME between jobs): they
 * are set aside before the restore and put back over whatever it extracted.
 */
export class BinGuard {
  private readonly saved: { from: string; to: string }[] = [];

  constructor(private readonly cargoHome: string, private readonly backupDir: string) {}

  setAside(): void {
    const files = [...listBin(path.join(this.cargoHome, 'bin')).map((f) => path.join('bin', f)), '.crates.toml', '.crates2.json'];
    for (const rel of files) {
      const from = path.join(this.cargoHome, rel);
      if (!fs.existsSync(from)) continue;
      const to = path.join(this.backupDir, rel);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
      this.saved.push({ from, to });
    }
  }

  putBack(): void {
    for (const { from, to } of this.saved) {
      fs.mkdirSync(path.dirname(from), { recursive: true });
      const tmp = `${from}.crate-cache-tmp`;
      fs.copyFileSync(to, tmp);
      fs.chmodSync(tmp, fs.statSync(to).mode);
      fs.renameSync(tmp, from);
    }
  }
}

function listBin(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  } catch {
    return [];
  }
}
