import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BinGuard } from '../../src/action/bin_guard.js';
import { tempDir } from '../../test-support/tmp.js';

const MY_TOOL = '#!/bin/sh\necho "my-tool, installed on this runner"\n';

function setup() {
  const home = tempDir('cc-bin-home-');
  const backup = path.join(tempDir('cc-bin-temp-'), 'crate-cache-bin');
  const at = (rel: string) => path.join(home, rel);
  const write = (rel: string, content: string | Buffer, mode = 0o644) => {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), content);
    fs.chmodSync(at(rel), mode);
  };
  const mode = (rel: string) => fs.statSync(at(rel)).mode & 0o7777;
  return { home, backup, at, write, mode, guard: new BinGuard(home, backup) };
}

describe('BinGuard', () => {
  test('a restore that overwrites an installed binary is undone, and what it added is kept', () => {
    const { at, write, mode, guard } = setup();
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 255, 10, 13]);
    write('bin/my-tool', MY_TOOL, 0o755);
    write('bin/elf-tool', binary, 0o700);
    write('.crates.toml', '[v1]\n"my-tool 1.0.0 (path+file:///src)" = ["my-tool"]\n');
    write('.crates2.json', '{"installs":{"my-tool":{}}}');

    guard.setAside();
    // The restore: tar overwrites what the archive holds (bytes and mode) and deletes nothing.
    write('bin/my-tool', '#!/bin/sh\necho "my-tool from the cache"\n', 0o644);
    write('bin/elf-tool', 'cached elf', 0o755);
    write('bin/other-tool', '#!/bin/sh\necho other\n', 0o755);
    write('.crates.toml', '[v1]\n"other-tool 2.0.0 (registry+x)" = ["other-tool"]\n');
    guard.putBack();

    expect(fs.readFileSync(at('bin/my-tool'), 'utf8')).toBe(MY_TOOL);
    expect(mode('bin/my-tool')).toBe(0o755);
    expect(fs.readFileSync(at('bin/elf-tool'))).toEqual(binary);
    expect(mode('bin/elf-tool')).toBe(0o700);
    expect(fs.readFileSync(at('bin/other-tool'), 'utf8')).toBe('#!/bin/sh\necho other\n');
    expect(mode('bin/other-tool')).toBe(0o755);
    expect(fs.readFileSync(at('.crates.toml'), 'utf8')).toContain('my-tool 1.0.0');
    expect(fs.readFileSync(at('.crates2.json'), 'utf8')).toBe('{"installs":{"my-tool":{}}}');
    expect(fs.readdirSync(at('bin')).sort()).toEqual(['elf-tool', 'my-tool', 'other-tool']);
  });

  test('a binary that disappears during the restore comes back', () => {
    const { at, write, mode, guard } = setup();
    write('bin/my-tool', MY_TOOL, 0o755);
    guard.setAside();
    fs.rmSync(at('bin'), { recursive: true });
    guard.putBack();
    expect(fs.readFileSync(at('bin/my-tool'), 'utf8')).toBe(MY_TOOL);
    expect(mode('bin/my-tool')).toBe(0o755);
  });

  test('without a bin directory nothing is set aside and nothing is created', () => {
    const { home, backup, guard } = setup();
    guard.setAside();
    guard.putBack();
    expect(fs.readdirSync(home)).toEqual([]);
    expect(fs.existsSync(path.join(backup, 'bin'))).toBe(false);
  });

  test('backups live outside CARGO_HOME and leave no temporary files behind', () => {
    const { home, backup, write, guard } = setup();
    write('bin/my-tool', MY_TOOL, 0o755);
    guard.setAside();
    expect(fs.readFileSync(path.join(backup, 'bin', 'my-tool'), 'utf8')).toBe(MY_TOOL);
    write('bin/my-tool', 'overwritten', 0o644);
    guard.putBack();
    expect(fs.readdirSync(path.join(home, 'bin'))).toEqual(['my-tool']);
    expect(fs.readdirSync(home)).toEqual(['bin']);
  });

  test('subdirectories in bin are skipped, not an error, and regular files are still guarded', () => {
    const { at, write, guard } = setup();
    write('bin/my-tool', MY_TOOL, 0o755);
    write('bin/share/readme.txt', 'docs');
    guard.setAside();
    write('bin/my-tool', 'overwritten', 0o644);
    guard.putBack();
    expect(fs.readFileSync(at('bin/my-tool'), 'utf8')).toBe(MY_TOOL);
    expect(fs.readFileSync(at('bin/share/readme.txt'), 'utf8')).toBe('docs');
  });

  // A dangling symlink in bin (an uninstalled tool's leftover, a rustup proxy
  // whose target moved) must not cost the protection of every other binary.
  test('a dangling symlink in bin does not stop the other binaries being guarded', () => {
    const { at, write, guard } = setup();
    write('bin/my-tool', MY_TOOL, 0o755);
    fs.symlinkSync(path.join(os.tmpdir(), 'cc-no-such-target', 'tool'), at('bin/broken-link'));
    guard.setAside();
    write('bin/my-tool', 'overwritten by the restore', 0o644);
    guard.putBack();
    expect(fs.readFileSync(at('bin/my-tool'), 'utf8')).toBe(MY_TOOL);
  });
});

describe('install records', () => {
  test('restored and runner records are merged; a package the runner has keeps only its own record', async () => {
    const { BinGuard: Guard } = await import('../../src/action/bin_guard.js');
    const fsm = await import('node:fs');
    const osm = await import('node:os');
    const pathm = await import('node:path');
    const home = fsm.mkdtempSync(pathm.join(osm.tmpdir(), 'cc-records-'));
    const json = (installs: Record<string, unknown>) => JSON.stringify({ installs });
    fsm.writeFileSync(pathm.join(home, '.crates2.json'), json({ 'mine 1.0.0 (registry)': { bins: ['mine'] } }));
    fsm.writeFileSync(pathm.join(home, '.crates.toml'), '[v1]\n"mine 1.0.0 (registry)" = ["mine"]\n');
    const guard = new Guard(home, fsm.mkdtempSync(pathm.join(osm.tmpdir(), 'cc-records-bak-')));
    guard.setAside();
    // The restore brings its own records, with another version of `mine` and a new tool.
    fsm.writeFileSync(pathm.join(home, '.crates2.json'), json({ 'mine 0.9.0 (registry)': { bins: [] }, 'other 2.0.0 (registry)': { bins: ['other'] } }));
    fsm.writeFileSync(pathm.join(home, '.crates.toml'), '[v1]\n"other 2.0.0 (registry)" = ["other"]\n');
    guard.putBack();
    const installs = JSON.parse(fsm.readFileSync(pathm.join(home, '.crates2.json'), 'utf8')).installs;
    expect(Object.keys(installs).sort()).toEqual(['mine 1.0.0 (registry)', 'other 2.0.0 (registry)']);
    const toml = fsm.readFileSync(pathm.join(home, '.crates.toml'), 'utf8');
    expect(toml).toContain('"mine 1.0.0 (registry)"');
    expect(toml).toContain('"other 2.0.0 (registry)"');
  });
});
