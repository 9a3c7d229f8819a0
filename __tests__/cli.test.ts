import fs from 'node:fs';
import path from 'node:path';
import { copyExamples, REPO, runNode, tempDir } from './helpers.js';

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runNode('dist/cli.js', args, { env: { PATH: process.env.PATH, CARGO_HOME: tempDir('cc-home-'), ...env } });

describe('crate-cache CLI (dist/cli.js)', () => {
  test('dirname prints cargo directory names for both hash generations', () => {
    expect(cli(['dirname', 'sparse+https://index.crates.io/']).stdout).toBe('index.crates.io-1949cf8c6b5b557f\n');
    expect(cli(['dirname', 'sparse+https://index.crates.io/', '--cargo-version', '1.84']).stdout).toBe('index.crates.io-6f17d22bba15001f\n');
    expect(cli(['dirname', '--git', 'https://github.com/Rust-Lang/Hash-Dep.git']).stdout).toBe('hash-dep-132d87b2aa3d3386\n');
  });

  test('plan --json lists the exact CARGO_HOME entries of the examples', () => {
    const dir = copyExamples();
    const r = cli(['plan', dir, '--json', '--cargo-version', '1.95']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.registries).toEqual([
      expect.objectContaining({ dir: '127.0.0.1-a111cc81f0a41b8e', source: 'sparse+http://127.0.0.1:18931/index/' }),
    ]);
    expect(plan.entries).toContain('registry/cache/127.0.0.1-a111cc81f0a41b8e/tokio-1.24.2.crate');
    expect(plan.entries).toContain('registry/index/127.0.0.1-a111cc81f0a41b8e/.cache/to/ki/tokio');
    expect(plan.entries).toContain('registry/src/127.0.0.1-a111cc81f0a41b8e/tokio-1.24.2/');
  });

  test('check exits 3 (undecided) on an empty CARGO_HOME and 1 with file:line:col on a stale lockfile', () => {
    const dir = copyExamples();
    expect(cli(['check', dir]).code).toBe(3);
    const ws = path.join(dir, 'Cargo.toml');
    fs.writeFileSync(ws, fs.readFileSync(ws, 'utf8').replace('smallvec = "1.9"', 'smallvec = "1.13"'));
    const r = cli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/systems\/Cargo\.toml:\d+:\d+: no locked package satisfies `smallvec = "1.13"`/);
  });

  test('key is stable across CARGO_TERM_COLOR and member version changes', () => {
    const dir = copyExamples();
    const a = cli(['key', dir, '--os', 'Linux', '--cargo-version', '1.95']).stdout.split('\n')[0];
    const b = cli(['key', dir, '--os', 'Linux', '--cargo-version', '1.95'], { CARGO_TERM_COLOR: 'always' }).stdout.split('\n')[0];
    const ws = path.join(dir, 'Cargo.toml');
    fs.writeFileSync(ws, fs.readFileSync(ws, 'utf8').replace('version = "0.1.0"', 'version = "0.2.0"'));
    const c = cli(['key', dir, '--os', 'Linux', '--cargo-version', '1.95']).stdout.split('\n')[0];
    expect(a).toMatch(/^v1-crate-cache-Linux-[0-9a-f]{32}$/);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  describe('bad input is one line on stderr and exit 2', () => {
    const expectBad = (r: ReturnType<typeof cli>, pattern: RegExp) => {
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    };

    test('missing Cargo.toml', () => expectBad(cli(['check', tempDir('cc-empty-')]), /Cargo\.toml/));

    test('broken TOML names file:line:col', () => {
      const dir = tempDir('cc-broken-');
      fs.writeFileSync(path.join(dir, 'Cargo.toml'), '[package]\nname = "x"\nversion = \n');
      expectBad(cli(['check', dir]), /Cargo\.toml:3:\d+: /);
    });

    test('unknown lockfile version', () => {
      const dir = copyExamples();
      const lock = path.join(dir, 'Cargo.lock');
      fs.writeFileSync(lock, fs.readFileSync(lock, 'utf8').replace('version = 4', 'version = 99'));
      expectBad(cli(['check', dir]), /Cargo\.lock:\d+.*lock file version `?99`? was found/);
    });

    test('a workspace member that does not exist', () => {
      const dir = copyExamples();
      const ws = path.join(dir, 'Cargo.toml');
      fs.writeFileSync(ws, fs.readFileSync(ws, 'utf8').replace('"proc-macro"]', '"proc-macro", "nope"]'));
      expectBad(cli(['plan', dir]), /Cargo\.toml:\d+:\d+: .*nope/);
    });

    test('a bad URL', () => expectBad(cli(['dirname', 'not a url']), /not a url/));
    test('an unknown command', () => expect(cli(['frobnicate']).code).toBe(2));
  });
});

describe('CARGO_HOME', () => {
  test('a relative CARGO_HOME is relative to the working directory, as in cargo', async () => {
    const { execFileSync } = await import('node:child_process');
    const cwd = tempDir('cc-relhome-');
    const dir = copyExamples();
    const out = execFileSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'plan', dir, '--json', '--cargo-version', '1.95'], {
      cwd,
      env: { PATH: process.env.PATH, CARGO_HOME: 'rel-home' },
      encoding: 'utf8',
    });
    expect(JSON.parse(out).cargoHome).toBe(path.join(fs.realpathSync(cwd), 'rel-home'));
  });
});
