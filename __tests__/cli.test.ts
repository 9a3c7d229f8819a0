import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { copyExamples, REPO, runNode, tempDir } from './helpers.js';

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runNode('dist/cli.js', args, { env: { PATH: process.env.PATH, CARGO_HOME: tempDir('cc-home-'), ...env } });

/** Exit 2 with exactly this one line on stderr (and no stack trace). */
const expectError = (r: ReturnType<typeof cli>, line: string, code = 2) => {
  expect(r.stderr).toBe(`crate-cache: error: ${line}\n`);
  expect(r.code).toBe(code);
};

const COMMANDS = ['dirname', 'plan', 'check', 'key', 'fetch'];

describe('crate-cache CLI (dist/cli.js)', () => {
  test('dirname prints cargo directory names for both hash generations', () => {
    expect(cli(['dirname', 'sparse+https://index.crates.io/']).stdout).toBe('index.crates.io-1949cf8c6b5b557f\n');
    expect(cli(['dirname', 'sparse+https://index.crates.io/', '--cargo-version', '1.84']).stdout).toBe('index.crates.io-6f17d22bba15001f\n');
    expect(cli(['dirname', '--git', 'https://github.com/Rust-Lang/Hash-Dep.git']).stdout).toBe('hash-dep-132d87b2aa3d3386\n');
  });

  test('plan --json lists what the action archives and, apart, what only the fetch writes', () => {
    const dir = copyExamples();
    const r = cli(['plan', dir, '--json', '--cargo-version', '1.95']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.registries).toEqual([
      expect.objectContaining({ dir: '127.0.0.1-a111cc81f0a41b8e', source: 'sparse+http://127.0.0.1:18931/index/' }),
    ]);
    const dir127 = '127.0.0.1-a111cc81f0a41b8e';
    expect(plan.archived).toContain(`registry/cache/${dir127}/tokio-1.24.2.crate`);
    expect(plan.archived).toContain(`registry/index/${dir127}/.cache/to/ki/tokio`);
    expect(plan.archived).toContain(`registry/index/${dir127}/config.json`);
    expect(plan.archived.filter((e: string) => e.startsWith('registry/src/'))).toEqual([]);
    expect(plan.derived).toContain(`registry/src/${dir127}/tokio-1.24.2/`);
    expect(plan.derived.every((e: string) => e.startsWith('registry/src/') || e.startsWith('git/checkouts/'))).toBe(true);
    // One config.json, then an index file and a .crate per registry package.
    expect(plan.archived).toHaveLength(1 + 2 * plan.registries[0].packages);

    const text = cli(['plan', dir, '--cargo-version', '1.95']).stdout;
    expect(text).toContain(`archived by the action (${plan.archived.length}):\n  registry/cache/${dir127}/`);
    expect(text).toContain(`written by the fetch for the build, never archived (${plan.derived.length}):\n  registry/src/${dir127}/`);
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

    test('a directory that does not exist says so', () => {
      const dir = path.join(tempDir('cc-gone-'), 'nope');
      for (const command of ['plan', 'check', 'key', 'fetch']) {
        expectError(cli([command, dir, '--cargo-version', '1.95']), `directory \`${dir}\` does not exist`);
      }
      expectError(cli(['check', path.join(dir, 'Cargo.toml')]), `\`${path.join(dir, 'Cargo.toml')}\` does not exist`);
    });

    test('usage errors are one line naming the help to read', () => {
      expectError(cli([]), 'no command given; commands: dirname, plan, check, key, fetch (see `crate-cache --help`)');
      expectError(cli(['frobnicate']), 'unknown command `frobnicate`; commands: dirname, plan, check, key, fetch (see `crate-cache --help`)');
      expectError(cli(['plan', '--git']), "unknown option '--git' (see `crate-cache plan --help`)");
      expectError(cli(['key', '--prefix']), "option '--prefix <value>' argument missing (see `crate-cache key --help`)");
      expectError(cli(['check', 'a', 'b']), '`check` takes at most one directory (got 2 arguments) (see `crate-cache check --help`)');
      expectError(cli(['dirname']), '`dirname` takes exactly one URL (got 0 arguments) (see `crate-cache dirname --help`)');
      expectError(cli(['plan', '--cargo-version', 'latest']), '--cargo-version must be a version such as 1.95 (got `latest`) (see `crate-cache plan --help`)');
      expectError(cli(['fetch', '--concurrency', '1.5']), '--concurrency must be a whole number from 1 to 256 (got `1.5`) (see `crate-cache fetch --help`)');
    });

    test('key --prefix and --os refuse what the cache service refuses, as the action does', () => {
      const dir = copyExamples();
      const key = (...args: string[]) => cli(['key', dir, '--cargo-version', '1.95', ...args]);
      const prefixRule = 'must be 1 to 400 printable ASCII characters without commas or newlines';
      expectError(key('--prefix', 'team,a'), `--prefix ${prefixRule} (got \`team,a\`) (see \`crate-cache key --help\`)`);
      expectError(key('--prefix', ''), `--prefix ${prefixRule} (got \`\`) (see \`crate-cache key --help\`)`);
      expectError(key('--prefix', 'x'.repeat(401)), `--prefix ${prefixRule} (got \`${'x'.repeat(401)}\`) (see \`crate-cache key --help\`)`);
      expectError(key('--prefix', 'a\nb'), `--prefix ${prefixRule} (got \`a b\`) (see \`crate-cache key --help\`)`);
      expectError(key('--os', 'Linux,x'), '--os must be 1 to 64 printable ASCII characters without commas or newlines (got `Linux,x`) (see `crate-cache key --help`)');
      const ok = key('--prefix', 'team-a v2', '--os', 'macOS');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/^team-a v2-macOS-[0-9a-f]{32}\n/);
    });

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

describe('--help', () => {
  test.each(COMMANDS)('%s --help (and help %s) print its usage on stdout and exit 0', (command) => {
    const r = cli([command, '--help']);
    expect(r).toEqual({ code: 0, stdout: expect.stringMatching(new RegExp(`^usage: crate-cache ${command} `)), stderr: '' });
    expect(r.stdout).toMatch(/\n {2}--help +show this help\n/);
    expect(r.stdout).toMatch(/\nexit: 0 /);
    expect(cli(['help', command])).toEqual(r);
    expect(cli([command, '-h', '--no-such-option'])).toEqual(r);
  });

  test('crate-cache --help lists every command', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^ {2}(\w+) /gm)?.map((l) => l.trim())).toEqual(COMMANDS);
  });

  test('fetch --help names --concurrency and the exit codes', () => {
    const r = cli(['fetch', '--help']);
    expect(r.stdout).toContain('usage: crate-cache fetch [dir] [--concurrency N] [--cargo-version X.Y]\n');
    expect(r.stdout).toContain('exit: 0 fetched, 1 a download or the `cargo fetch` fallback failed, 2 bad input');
  });
});

describe('a missing Cargo.lock', () => {
  test('is stale to check (exit 1, as cargo --locked refuses it) and bad input to plan, key and fetch (exit 2)', () => {
    const dir = copyExamples();
    fs.rmSync(path.join(dir, 'Cargo.lock'));
    const check = cli(['check', dir, '--cargo-version', '1.95']);
    expect(check).toEqual({
      code: 1,
      stdout: `${path.join(dir, 'Cargo.toml')}:1:1: Cargo.lock does not exist; cargo would generate it\n${path.join(dir, 'Cargo.lock')}: stale\n`,
      stderr: '',
    });
    for (const command of ['plan', 'key', 'fetch']) {
      expectError(cli([command, dir, '--cargo-version', '1.95']), `${path.join(dir, 'Cargo.lock')}: Cargo.lock does not exist; run \`cargo generate-lockfile\` first`);
    }
  });
});

describe('no cargo on PATH', () => {
  const noCargo = () => ({ PATH: tempDir('cc-empty-path-') });

  test.each(['plan', 'key', 'check'])('%s says in one line which cargo it assumes', (command) => {
    const r = cli([command, copyExamples()], noCargo());
    expect(r.stderr).toBe('crate-cache: warning: no `cargo` on PATH; assuming cargo 1.95 (--cargo-version X.Y chooses another)\n');
    expect(r.code).toBe(command === 'check' ? 3 : 0);
  });

  test('dirname too, and --cargo-version silences it', () => {
    expect(cli(['dirname', 'sparse+https://index.crates.io/'], noCargo())).toEqual({
      code: 0,
      stdout: 'index.crates.io-1949cf8c6b5b557f\n',
      stderr: 'crate-cache: warning: no `cargo` on PATH; assuming cargo 1.95 (--cargo-version X.Y chooses another)\n',
    });
    const r = cli(['plan', copyExamples(), '--cargo-version', '1.95'], noCargo());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('fetch', () => {
  test('a registry that cannot be reached is a failed fetch: exit 1, one line', async () => {
    // A port nothing listens on: taken from the OS, then released.
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const dir = copyExamples();
    const config = path.join(dir, '.cargo', 'config.toml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('127.0.0.1:18931', `127.0.0.1:${port}`));
    const r = cli(['fetch', dir, '--cargo-version', '1.95']);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('crate-cache: error: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`127.0.0.1:${port}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('dist/cli.js', () => {
  test('is executable on its own, and committed as such', () => {
    const file = path.join(REPO, 'dist', 'cli.js');
    expect(fs.readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o755);
    const r = spawnSync(file, ['--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: crate-cache /);
    expect(execFileSync('git', ['ls-files', '--stage', 'dist/cli.js'], { cwd: REPO, encoding: 'utf8' })).toMatch(/^100755 /);
  });
});

describe('CARGO_HOME', () => {
  test('a relative CARGO_HOME is relative to the working directory, as in cargo', () => {
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
