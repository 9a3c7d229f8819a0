import fs from 'node:fs';
import path from 'node:path';
import { copyExamples, runNode, tempDir } from '../helpers.js';

/** Runs dist/main.js the way the runner does: INPUT_* env vars and GITHUB_* files. */
function runMain(workspace: string, inputs: Record<string, string>, event = 'pull_request') {
  const files = tempDir('cc-runner-');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    CARGO_HOME: tempDir('cc-home-'),
    GITHUB_EVENT_NAME: event,
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
  };
  for (const f of ['OUTPUT', 'STATE', 'ENV', 'STEP_SUMMARY']) {
    env[`GITHUB_${f}`] = path.join(files, f);
    fs.writeFileSync(path.join(files, f), '');
  }
  for (const [k, v] of Object.entries({ fetch: 'none', ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = runNode('dist/main.js', [], { cwd: workspace, env });
  const outputs: Record<string, string> = {};
  const text = fs.readFileSync(path.join(files, 'OUTPUT'), 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return { ...r, outputs };
}

function staleExamples(): string {
  const dir = copyExamples();
  const ws = path.join(dir, 'Cargo.toml');
  fs.writeFileSync(ws, fs.readFileSync(ws, 'utf8').replace('smallvec = "1.9"', 'smallvec = "1.13"'));
  return dir;
}

describe('action main step (dist/main.js)', () => {
  test('a stale lockfile on a pull request fails with an error annotation on the manifest line', () => {
    const r = runMain(staleExamples(), { workspaces: '.' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=Cargo\.lock is stale,file=systems\/Cargo\.toml,line=\d+,col=\d+::no locked package satisfies/);
    expect(r.outputs['lockfile-fresh']).toBe('false');
    expect(r.outputs['cache-key']).toMatch(/^v1-crate-cache-Linux-[0-9a-f]{32}$/);
  });

  test('outside pull requests the default is warn: annotations, but the step passes', () => {
    const r = runMain(staleExamples(), {}, 'push');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning title=Cargo\.lock is stale,file=systems\/Cargo\.toml/);
    expect(r.outputs['lockfile-fresh']).toBe('false');
  });

  test('lockfile: off skips the check', () => {
    const r = runMain(staleExamples(), { lockfile: 'off' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Cargo\.lock is stale/);
    expect(r.outputs['lockfile-fresh']).toBe('false');
  });

  test('undecided is a notice and never fails the step', () => {
    const r = runMain(copyExamples(), { lockfile: 'check' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::notice title=Cargo\.lock freshness undecided/);
    expect(r.outputs['lockfile-fresh']).toBe('undecided');
    expect(r.outputs.crates).toBe('23');
  });

  test('a bad input fails with one clear line', () => {
    const r = runMain(copyExamples(), { lockfile: 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::lockfile must be one of check, warn, off \(got `sometimes`\)/);
  });
});

describe('inputs that could escape or break the cache are refused up front', () => {
  test.each([
    ['workspaces', '../..', /workspaces entry `..\/..` is outside the repository/],
    ['workspaces', '/etc', /workspaces entry `\/etc` is outside the repository/],
    ['key-prefix', 'a,b', /::error::key-prefix must be 1 to 400 printable ASCII characters without commas or newlines \(got `a,b`\)$/],
    ['key-prefix', 'x'.repeat(401), /::error::key-prefix must be 1 to 400 printable ASCII characters/],
    ['key-prefix', 'tab\there', /::error::key-prefix must be 1 to 400 printable ASCII characters/],
  ])('%s = %j', (input, value, message) => {
    const r = runMain(copyExamples(), { [input]: value });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  test('a workspace inside the repository given with .. is fine', () => {
    const dir = copyExamples();
    const r = runMain(dir, { workspaces: 'systems/..', lockfile: 'off' });
    expect(r.code).toBe(0);
    expect(r.outputs['cache-key']).toMatch(/^v1-crate-cache-Linux-/);
  });
});
