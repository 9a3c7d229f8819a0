import { FewStrings } from '../../../src/cargo/util/few_strings.js';

describe('FewStrings', () => {
  test('keeps insertion order and refuses duplicates below and above the linear limit', () => {
    const s = new FewStrings();
    const n = FewStrings.LINEAR * 3;
    for (let i = 0; i < n; i++) expect(s.add(`f${i}`)).toBe(true);
    for (let i = 0; i < n; i++) expect(s.add(`f${i}`)).toBe(false);
    expect(s.list).toEqual(Array.from({ length: n }, (_, i) => `f${i}`));
    expect(s.has(`f${n - 1}`)).toBe(true);
    expect(s.has('f0')).toBe(true);
    expect(s.has(`f${n}`)).toBe(false);
  });

  test('a name such as `constructor` or `__proto__` is an ordinary member', () => {
    const s = new FewStrings();
    expect(s.has('constructor')).toBe(false);
    expect(s.add('__proto__')).toBe(true);
    expect(s.has('__proto__')).toBe(true);
  });
});
