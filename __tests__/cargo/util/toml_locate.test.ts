import { parse } from 'smol-toml';
import { TomlLocator, locateKey } from '../../../src/cargo/util/toml_locate.js';

/** 1-based line/col of the first occurrence of `needle` (optionally after `after`). */
function posOf(text: string, needle: string, after = ''): { line: number; col: number } {
  const start = after ? text.indexOf(after) : 0;
  const i = text.indexOf(needle, start);
  if (i < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  return { line, col: i - before.lastIndexOf('\n') };
}

const CARGO_TOML = `# a comment with [brackets] and key = "value"
[package]
name = "demo"
version = "0.1.0"
description = """
multi-line [not.a.table]
tokio = "nope"
"""

[dependencies]
tokio = { version = "1", features = ["full"] }
serde.version = "1.0"
serde.features = ['derive']
"quoted-dep" = "2"

[dependencies.rand]
version = "0.8"

[target.'cfg(unix)'.dependencies]
libc = "0.2"

[target."cfg(windows)".dev-dependencies]
winapi = { version = "0.3", features = [
  "winuser",
  "fileapi",
] }

[target.x86_64-unknown-linux-gnu.build-dependencies]
cc = "1"

[workspace]
members = [
  "crates/a",
  "crates/*",
]

[workspace.dependencies]
serde = { version = "1.0", default-features = false }

[patch.crates-io]
bytes = { git = "https://github.com/tokio-rs/bytes" }

[patch.'https://github.com/org/repo']
foo = { path = "vendor/foo" }
`;

describe('TomlLocator', () => {
  const loc = new TomlLocator(CARGO_TOML);

  test('the fixture is valid TOML (so positions refer to real keys)', () => {
    expect(() => parse(CARGO_TOML)).not.toThrow();
  });

  test.each([
    [['package'], 'package'],
    [['package', 'version'], 'version = "0.1.0"'],
    [['dependencies'], 'dependencies]'],
    [['dependencies', 'tokio'], 'tokio = {'],
    [['dependencies', 'serde'], 'serde.version'],
    [['dependencies', 'quoted-dep'], '"quoted-dep"'],
    [['dependencies', 'rand'], 'rand]'],
    [['target', 'cfg(unix)', 'dependencies', 'libc'], 'libc'],
    [['target', 'cfg(unix)'], "'cfg(unix)'"],
    [['target', 'cfg(windows)'], '"cfg(windows)"'],
    [['target', 'cfg(windows)', 'dev-dependencies', 'winapi'], 'winapi'],
    [['target', 'x86_64-unknown-linux-gnu', 'build-dependencies', 'cc'], 'cc = '],
    [['workspace', 'members'], 'members'],
    [['workspace', 'members', '0'], '"crates/a"'],
    [['workspace', 'members', '1'], '"crates/*"'],
    [['patch', 'crates-io', 'bytes'], 'bytes'],
    [['patch', 'https://github.com/org/repo', 'foo'], 'foo = '],
  ])('%j is found at its key', (keyPath, needle) => {
    expect(loc.locate(keyPath)).toEqual(posOf(CARGO_TOML, needle));
  });

  test('keys inside inline tables point at the inner key', () => {
    expect(loc.locate(['dependencies', 'tokio', 'features'])).toEqual(posOf(CARGO_TOML, 'features = ["full"]'));
    expect(loc.locate(['workspace', 'dependencies', 'serde', 'version'])).toEqual(
      posOf(CARGO_TOML, 'version = "1.0", default', '[workspace.dependencies]'),
    );
    expect(loc.locate(['workspace', 'dependencies', 'serde', 'default-features'])).toEqual(posOf(CARGO_TOML, 'default-features'));
  });

  test('dotted keys and header sub-keys', () => {
    expect(loc.locate(['dependencies', 'serde', 'features'])).toEqual(posOf(CARGO_TOML, 'features = [\'derive'));
    expect(loc.locate(['dependencies', 'rand', 'version'])).toEqual(posOf(CARGO_TOML, 'version = "0.8"'));
  });

  test('array elements spanning lines are counted', () => {
    expect(loc.locate(['target', 'cfg(windows)', 'dev-dependencies', 'winapi', 'features', '1'])).toEqual(posOf(CARGO_TOML, '"fileapi"'));
  });

  test('text inside strings and comments is not mistaken for keys', () => {
    // `tokio = "nope"` inside the multi-line string comes before the real one.
    expect(loc.find(['tokio'])).toBeUndefined();
    expect(loc.find(['not', 'a', 'table'])).toBeUndefined();
    expect(loc.locate(['dependencies', 'tokio']).line).toBeGreaterThan(posOf(CARGO_TOML, '"""\n\n').line);
  });

  test('a missing key falls back to its nearest defined ancestor', () => {
    expect(loc.find(['dependencies', 'nope'])).toBeUndefined();
    expect(loc.locate(['dependencies', 'nope'])).toEqual(posOf(CARGO_TOML, 'dependencies]'));
    expect(loc.locate(['dependencies', 'tokio', 'path'])).toEqual(posOf(CARGO_TOML, 'tokio = {'));
    expect(loc.locate(['nothing', 'here'])).toEqual({ line: 1, col: 1 });
  });

  test('arrays of tables are indexed per element', () => {
    const lock = 'version = 4\n\n[[package]]\nname = "a"\n\n[[package]]\nname = "b"\ndependencies = [\n "a",\n]\n';
    const l = new TomlLocator(lock);
    expect(l.locate(['package', '0', 'name'])).toEqual(posOf(lock, 'name = "a"'));
    expect(l.locate(['package', '1', 'name'])).toEqual(posOf(lock, 'name = "b"'));
    expect(l.locate(['package', '1', 'dependencies', '0'])).toEqual(posOf(lock, '"a",'));
  });

  test('escapes in quoted keys are decoded; literal keys are taken verbatim', () => {
    const text = '[a]\n"k\\u0065y" = 1\n\'x\\y\' = 2\n"sp ace".inner = 3\n';
    const l = new TomlLocator(text);
    expect(l.find(['a', 'key'])).toEqual({ line: 2, col: 1 });
    expect(l.find(['a', 'x\\y'])).toEqual({ line: 3, col: 1 });
    expect(l.find(['a', 'sp ace', 'inner'])).toEqual({ line: 4, col: 10 });
  });

  test('CRLF line endings and whitespace around dots', () => {
    const text = '[package]\r\nname = "x"\r\n[ target . "cfg(unix)" . dependencies ]\r\n  libc = "0.2"\r\n';
    expect(locateKey(text, ['target', 'cfg(unix)', 'dependencies', 'libc'])).toEqual({ line: 4, col: 3 });
    expect(locateKey(text, ['target', 'cfg(unix)'])).toEqual({ line: 3, col: 12 });
  });

  test('the first definition wins (later re-opens of a table do not move it)', () => {
    const text = '[dependencies.a]\nversion = "1"\n[dependencies]\nb = "1"\n';
    expect(locateKey(text, ['dependencies'])).toEqual({ line: 1, col: 2 });
    expect(locateKey(text, ['dependencies', 'b'])).toEqual({ line: 4, col: 1 });
  });

  test('never throws on malformed or hostile input', () => {
    const inputs = [
      '',
      '[',
      '[[',
      '= = =',
      'a = "unterminated\nb = 1',
      "a = '''never closed",
      'a = { b = [1, 2, { c = ',
      '[a.\n b = 1',
      '['.repeat(100000),
      'x = ' + '['.repeat(100000),
      '\u0000\uffff\ud800',
    ];
    for (const t of inputs) {
      expect(() => new TomlLocator(t).locate(['a', 'b'])).not.toThrow();
    }
    // Text after a broken line is still indexed.
    expect(locateKey('a = "open\n[dependencies]\nx = "1"\n', ['dependencies', 'x'])).toEqual({ line: 3, col: 1 });
  });

  test('indexes a large manifest quickly', () => {
    const lines = ['[dependencies]'];
    for (let i = 0; i < 5000; i++) lines.push(`dep${i} = { version = "1.${i}", features = ["a", "b"] }`);
    const text = lines.join('\n');
    const t0 = performance.now();
    const l = new TomlLocator(text);
    for (let i = 0; i < 5000; i++) l.locate(['dependencies', `dep${i}`, 'version']);
    // Linear: a quadratic scan of ~300 KB would take seconds.
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(l.locate(['dependencies', 'dep4999', 'features'])).toEqual({ line: 5001, col: lines[5000].indexOf('features') + 1 });
  });
});
