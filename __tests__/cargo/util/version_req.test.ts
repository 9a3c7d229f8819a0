import semver from 'semver';
import { CargoError } from '../../../src/cargo/util/errors.js';
import { comparePrerelease, parseVersion, VersionReq } from '../../../src/cargo/util/version_req.js';

const m = (req: string, version: string): boolean => VersionReq.parse(req).matches(version);

// [requirement, versions that match, versions that do not]; cross-checked with
// cargo 1.95 resolving a path dependency of each version.
const CASES: [string, string[], string[]][] = [
  // A bare version is a caret requirement.
  ['1.2.3', ['1.2.3', '1.2.4', '1.9.0'], ['1.2.2', '2.0.0', '1.2.3-alpha']],
  ['1.2', ['1.2.0', '1.3.0', '1.99.99'], ['1.1.9', '2.0.0']],
  ['1', ['1.0.0', '1.9.9'], ['0.9.9', '2.0.0']],
  ['^1.2.3', ['1.2.3', '1.9.0'], ['1.2.2', '2.0.0']],
  ['^0.2.3', ['0.2.3', '0.2.9'], ['0.2.2', '0.3.0', '1.0.0']],
  ['0.2.3', ['0.2.3', '0.2.9'], ['0.3.0']],
  ['^0.0.3', ['0.0.3'], ['0.0.2', '0.0.4', '0.1.0']],
  ['^0.0', ['0.0.0', '0.0.9'], ['0.1.0']],
  ['^0', ['0.0.0', '0.9.9'], ['1.0.0']],
  ['^0.1', ['0.1.0', '0.1.9'], ['0.2.0', '0.0.9']],
  ['=1.2.3', ['1.2.3', '1.2.3+build'], ['1.2.4', '1.2.3-alpha']],
  ['=1.2', ['1.2.0', '1.2.9'], ['1.3.0', '1.1.0']],
  ['=1', ['1.0.0', '1.9.0'], ['2.0.0']],
  ['~1', ['1.0.0', '1.9.9'], ['2.0.0', '0.9.0']],
  ['~1.2', ['1.2.0', '1.2.9'], ['1.3.0', '1.1.9']],
  ['~1.2.3', ['1.2.3', '1.2.9'], ['1.2.2', '1.3.0']],
  ['~0.0.3', ['0.0.3', '0.0.9'], ['0.1.0']],
  ['*', ['0.0.0', '1.0.0', '99.0.0'], ['1.0.0-alpha']],
  ['x', ['0.1.0'], ['0.1.0-rc.1']],
  ['1.*', ['1.0.0', '1.9.9'], ['2.0.0', '0.9.0']],
  ['1.2.*', ['1.2.0', '1.2.9'], ['1.3.0']],
  ['1.x', ['1.5.0'], ['2.0.0']],
  ['>1.2.3', ['1.2.4', '2.0.0'], ['1.2.3', '1.0.0']],
  ['>1.2', ['1.3.0'], ['1.2.9', '1.2.0']],
  ['>1', ['2.0.0'], ['1.9.9']],
  ['>=1.2', ['1.2.0', '5.0.0'], ['1.1.9']],
  ['<1.2', ['1.1.9', '0.1.0'], ['1.2.0']],
  ['<=1.2', ['1.2.9', '1.0.0'], ['1.3.0']],
  ['<=1.2.3', ['1.2.3'], ['1.2.4']],
  ['<1', ['0.9.9'], ['1.0.0']],
  ['>= 1.2, < 1.5', ['1.2.0', '1.4.9'], ['1.1.0', '1.5.0']],
  ['>=1.2,<1.5', ['1.3.0'], ['1.5.0']],
  ['  >=1.0 ,  <2  ', ['1.0.0'], ['2.0.0']],
  ['>=1.*', ['1.0.0', '3.0.0'], ['0.9.0']],
  // Pre-releases: only when a comparator with a pre-release names the same major.minor.patch.
  ['^1.2.3-alpha.1', ['1.2.3-alpha.1', '1.2.3-alpha.2', '1.2.3-beta', '1.2.3', '1.2.4'], ['1.2.3-alpha.0', '1.2.3-alpha', '1.2.4-beta', '2.0.0']],
  ['>=1.0.0', ['1.1.0'], ['1.1.0-alpha', '1.0.0-rc.1']],
  ['>=1.0.0-rc.1', ['1.0.0-rc.1', '1.0.0-rc.2', '1.0.0', '2.0.0'], ['1.0.0-beta', '1.1.0-alpha']],
  ['=1.0.0-alpha', ['1.0.0-alpha', '1.0.0-alpha+b'], ['1.0.0-alpha.1', '1.0.0']],
  ['~1.2.3-beta', ['1.2.3-beta', '1.2.3-beta.2', '1.2.3', '1.2.4'], ['1.2.3-alpha', '1.2.4-beta']],
  ['>1.0.0-alpha, <1.0.0', ['1.0.0-alpha.1', '1.0.0-beta'], ['1.0.0-alpha', '1.0.0']],
  ['<1.0.0', ['0.9.0'], ['1.0.0-alpha']],
  ['1.0.0-alpha.2', ['1.0.0-alpha.10', '1.0.0-beta', '1.0.0'], ['1.0.0-alpha.1']],
  // Build metadata is ignored on both sides.
  ['=1.2.3+meta', ['1.2.3', '1.2.3+other'], ['1.2.4']],
];

describe('VersionReq.matches', () => {
  describe.each(CASES)('%s', (req, yes, no) => {
    test.each(yes)('matches %s', (v) => expect(m(req, v)).toBe(true));
    test.each(no)('rejects %s', (v) => expect(m(req, v)).toBe(false));
  });

  test('accepts an already parsed Version', () => {
    expect(VersionReq.parse('^1').matches(parseVersion('1.5.0'))).toBe(true);
  });

  test('an invalid version is a CargoError, not a silent false', () => {
    expect(() => m('*', '1.2')).toThrow(CargoError);
  });

  test('numbers beyond 2^53 compare exactly', () => {
    expect(m('=18446744073709551615.0.0', '18446744073709551615.0.0')).toBe(true);
    expect(m('>9007199254740992.0.0', '9007199254740993.0.0')).toBe(true);
  });
});

// Each row: what npm's semver does with the string, then what Cargo does.
describe('where npm semver and Cargo disagree', () => {
  test('bare 1.2.3 is exact in npm, caret in Cargo', () => {
    expect(semver.satisfies('1.2.4', '1.2.3')).toBe(false);
    expect(m('1.2.3', '1.2.4')).toBe(true);
  });

  test('bare 1.2 is 1.2.x in npm, ^1.2 in Cargo', () => {
    expect(semver.satisfies('1.3.0', '1.2')).toBe(false);
    expect(m('1.2', '1.3.0')).toBe(true);
  });

  test('bare 0.0 is 0.0.x in both, but bare 0 stays <1.0.0', () => {
    expect(m('0.0', '0.0.5')).toBe(true);
    expect(m('0.0', '0.1.0')).toBe(false);
    expect(m('0', '0.5.0')).toBe(true);
  });

  test('^0.0 (npm: <0.1.0) and ^0.0.3 agree', () => {
    expect(semver.satisfies('0.0.9', '^0.0')).toBe(m('^0.0', '0.0.9'));
    expect(m('^0.0.3', '0.0.4')).toBe(false);
  });

  test('~1.2.3 and npm ~1.2.3 agree; ~1 too', () => {
    expect(m('~1', '1.9.0')).toBe(semver.satisfies('1.9.0', '~1'));
  });

  test('npm || is an error in Cargo', () => {
    expect(semver.validRange('1.0 || 2.0')).not.toBeNull();
    expect(() => VersionReq.parse('1.0 || 2.0')).toThrow("expected comma after minor version number, found '|'");
  });

  test('npm hyphen ranges are an error in Cargo', () => {
    expect(semver.validRange('1.0 - 2.0')).not.toBeNull();
    expect(() => VersionReq.parse('1.0 - 2.0')).toThrow("expected comma after minor version number, found '-'");
    expect(() => VersionReq.parse('1.0.0 - 2.0.0')).toThrow(CargoError);
  });

  test('npm space-separated AND is an error in Cargo (comma required)', () => {
    expect(semver.satisfies('1.5.0', '>=1.0 <2.0')).toBe(true);
    expect(() => VersionReq.parse('>=1.0 <2.0')).toThrow("expected comma after minor version number, found '<'");
  });

  test('npm accepts a v prefix and leading =; Cargo rejects v', () => {
    expect(semver.validRange('v1.2.3')).not.toBeNull();
    expect(() => VersionReq.parse('v1.2.3')).toThrow("unexpected character 'v' while parsing major version number");
    expect(semver.valid('v1.2.3')).toBe('1.2.3');
    expect(() => parseVersion('v1.2.3')).toThrow(CargoError);
  });

  test('npm includePrerelease lets >=1.0.0 take 1.1.0-alpha; Cargo never does', () => {
    expect(semver.satisfies('1.1.0-alpha', '>=1.0.0', { includePrerelease: true })).toBe(true);
    expect(m('>=1.0.0', '1.1.0-alpha')).toBe(false);
    expect(semver.satisfies('1.0.0-alpha', '*', { includePrerelease: true })).toBe(true);
    expect(m('*', '1.0.0-alpha')).toBe(false);
  });

  test('npm ~> and Cargo', () => {
    expect(semver.validRange('~>1.2')).not.toBeNull();
    expect(() => VersionReq.parse('~>1.2')).toThrow("unexpected character '>' while parsing major version number");
  });

  test('npm treats an empty range as *, Cargo rejects it', () => {
    expect(semver.validRange('')).toBe('*');
    expect(() => VersionReq.parse('')).toThrow('unexpected end of input while parsing major version number');
  });

  test('npm tolerates a leading-zero version in loose mode; Cargo rejects it', () => {
    expect(() => VersionReq.parse('01.2')).toThrow('invalid leading zero in major version number');
  });
});

describe('VersionReq.parse errors', () => {
  test.each([
    ['1.0, *', 'wildcard req (*) must be the only comparator in the version req'],
    ['*, 1.0', 'wildcard req (*) must be the only comparator in the version req'],
    ['* 1', 'unexpected character after wildcard in version req'],
    ['1.*.3', 'unexpected character after wildcard in version req'],
    ['\t1.0', "unexpected character '\\t' while parsing major version number"],
    ['1.2.3-01', 'invalid leading zero in pre-release identifier'],
    ['1.2.3-', 'empty identifier segment in pre-release identifier'],
    ['1.2.3-a..b', 'empty identifier segment in pre-release identifier'],
    ['1.2.3+', 'empty identifier segment in build metadata'],
    ['1.2-alpha', "expected comma after minor version number, found '-'"],
    ['>=', 'unexpected end of input while parsing major version number'],
    ['1.0,', 'unexpected end of input while parsing major version number'],
    ['18446744073709551616', 'value of major version number exceeds u64::MAX'],
    [Array(33).fill('>=1').join(', '), 'excessive number of version comparators'],
  ])('%j', (req, msg) => {
    let err: unknown;
    try {
      VersionReq.parse(req, { file: 'Cargo.toml', line: 7 }, 'b');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CargoError);
    const ce = err as CargoError;
    expect(ce.kind).toBe('manifest');
    expect(ce.oneLine()).toBe(`Cargo.toml:7: failed to parse the version requirement \`${req}\` for dependency \`b\`: ${msg}`);
  });

  test('32 comparators are still fine', () => {
    expect(VersionReq.parse(Array(32).fill('>=1').join(', ')).matches('1.0.0')).toBe(true);
  });
});

describe('VersionReq.toString', () => {
  test.each([
    ['1.2', '^1.2'],
    ['=1.2.3', '=1.2.3'],
    ['>= 1.2 ,<1.5', '>=1.2, <1.5'],
    ['x', '*'],
    ['1.x', '1.*'],
    ['1.2.X', '1.2.*'],
    ['~1.2.3-beta+build', '~1.2.3-beta'],
    ['>=1.*', '>=1'],
  ])('%s prints as %s', (req, out) => {
    expect(VersionReq.parse(req).toString()).toBe(out);
  });
});

describe('parseVersion', () => {
  test('parses the parts', () => {
    expect(parseVersion('1.2.3-alpha.1+b.01')).toEqual({ major: 1n, minor: 2n, patch: 3n, pre: 'alpha.1', build: 'b.01' });
  });

  test.each([
    ['1.2', 'unexpected end of input while parsing minor version number'],
    ['01.2.3', 'invalid leading zero in major version number'],
    ['v1.2.3', "unexpected character 'v' while parsing major version number"],
    ['1.2.3 ', "unexpected character ' ' after patch version number"],
    ['1.2.3-alpha_1', "unexpected character '_' after pre-release identifier"],
    ['', 'empty string, expected a semver version'],
  ])('%j is invalid', (v, msg) => {
    expect(() => parseVersion(v)).toThrow(new CargoError('manifest', `invalid version \`${v}\`: ${msg}`));
  });

  test('carries the location and kind', () => {
    try {
      parseVersion('1.2', { file: 'Cargo.lock', line: 3 }, 'lockfile');
      throw new Error('unreachable');
    } catch (e) {
      expect(e).toBeInstanceOf(CargoError);
      expect((e as CargoError).kind).toBe('lockfile');
      expect((e as CargoError).oneLine()).toMatch(/^Cargo\.lock:3: invalid version `1\.2`/);
    }
  });
});

describe('comparePrerelease', () => {
  test('follows semver precedence', () => {
    const order = ['alpha', 'alpha.1', 'alpha.beta', 'beta', 'beta.2', 'beta.11', 'rc.1', ''];
    for (let i = 0; i + 1 < order.length; i++) {
      expect(comparePrerelease(order[i], order[i + 1])).toBe(-1);
      expect(comparePrerelease(order[i + 1], order[i])).toBe(1);
    }
    expect(comparePrerelease('1', 'a')).toBe(-1);
  });
});
