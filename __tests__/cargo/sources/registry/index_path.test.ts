import { makeDepPath } from '../../../../src/cargo/sources/registry/index_path.js';
import { CargoError } from '../../../../src/cargo/util/errors.js';

describe('makeDepPath', () => {
  test.each([
    ['a', '1/a'],
    ['ab', '2/ab'],
    ['abc', '3/a/abc'],
    ['abcd', 'ab/cd/abcd'],
    ['serde_json', 'se/rd/serde_json'],
    ['Inflector', 'in/fl/inflector'],
    ['MD5', '3/m/md5'],
    ['Ab', '2/ab'],
  ])('%s -> %s', (name, path) => {
    expect(makeDepPath(name)).toBe(path);
  });

  test('prefixOnly drops the file name', () => {
    expect(makeDepPath('a', true)).toBe('1');
    expect(makeDepPath('abc', true)).toBe('3/a');
    expect(makeDepPath('Serde', true)).toBe('se/rd');
  });

  test.each([[''], ['a/b'], ['has space'], ['café']])('rejects %j', (name) => {
    expect(() => makeDepPath(name)).toThrow(CargoError);
  });
});
