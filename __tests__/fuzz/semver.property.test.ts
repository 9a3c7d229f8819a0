// Version requirements and versions, as Cargo.toml, Cargo.lock and index
// entries spell them.
import fc from 'fast-check';
import { parseVersion, VersionReq } from '../../src/cargo/util/version_req.js';
import { CargoError } from '../../src/cargo/util/errors.js';
import { fuzzParams, fuzzTimeout, holds, reportInputs } from './contract.js';
import { mutatedArb, noiseArb } from './mutators.js';

const REQS = ['1', '^1.2', '~1.2.3', '=1.0.0', '>=1, <2', '*', '1.*', '1.2.*', '0.0.1', '^0.0', '<1.0.0-0', '=1.0.0-alpha.1', '>= 1.2.3-rc.1+b, < 2', 'x', 'X.x'];
const VERSIONS = ['1.0.0', '0.0.1', '1.2.3-alpha.1', '1.0.0-0', '1.0.0+build.5', '0.2.139', '18446744073709551615.0.0', '1.0.0-x.7.z.92'];
const LOC = { file: '/fuzz/Cargo.toml', line: 3, col: 9 };

afterAll(() => reportInputs('semver'));

function check(req: string, version: string): void {
  const r = holds('VersionReq.parse', () => VersionReq.parse(req, LOC, 'foo'), { file: true });
  const v = holds('parseVersion', () => parseVersion(version, LOC, 'lockfile'), { file: true });
  if (r instanceof VersionReq) {
    holds('VersionReq.matches (string)', () => r.matches(version));
    if (!(v instanceof CargoError)) holds('VersionReq.matches', () => r.matches(v));
    // Canonical form must read back as the same requirement.
    const again = VersionReq.parse(r.toString());
    if (!(v instanceof CargoError) && again.matches(v) !== r.matches(v)) {
      throw new Error(`\`${req}\` prints as \`${r}\`, which matches ${version} differently`);
    }
  }
}

test('mutated requirements against mutated versions', () => {
  fc.assert(
    fc.property(mutatedArb(REQS), mutatedArb(VERSIONS), (r, v) => check(r.toString('utf8'), v.toString('utf8'))),
    fuzzParams(),
  );
}, fuzzTimeout());

const num = fc.oneof(fc.nat({ max: 20 }).map(String), fc.constantFrom('01', '18446744073709551616', '9007199254740993', 'x', '*', ''));
const ident = fc.stringMatching(/^[0-9A-Za-z-]{0,5}(\.[0-9A-Za-z-]{0,5}){0,2}$/);
const versionish = fc
  .tuple(num, fc.option(num), fc.option(num), fc.option(ident), fc.option(ident))
  .map(([a, b, c, pre, build]) => `${a}${b === null ? '' : `.${b}`}${c === null ? '' : `.${c}`}${pre === null ? '' : `-${pre}`}${build === null ? '' : `+${build}`}`);
const reqish = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('', '^', '~', '=', '>', '>=', '<', '<=', '~>', '=='), fc.constantFrom('', ' '), versionish), { minLength: 1, maxLength: 3 }),
    fc.constantFrom(', ', ',', ' ', ' ,'),
  )
  .map(([cs, sep]) => cs.map(([op, sp, v]) => op + sp + v).join(sep));

test('structured requirements and versions, and noise', () => {
  fc.assert(fc.property(fc.oneof(reqish, noiseArb), fc.oneof(versionish, noiseArb), (r, v) => check(r, v)), fuzzParams());
}, fuzzTimeout());
