import { depPathPrefix, downloadUrl } from '../../../../src/cargo/sources/registry/download_url.js';
import { makeDepPath } from '../../../../src/cargo/sources/registry/index_path.js';
import { CargoError } from '../../../../src/cargo/util/errors.js';

const pkg = (name: string, version = '1.0.0', checksum = 'ab'.repeat(32)) => ({ name, version, checksum });

describe('downloadUrl', () => {
  test('a dl without markers gets /<crate>/<version>/download appended', () => {
    expect(downloadUrl('http://127.0.0.1:18931/api/v1/crates', pkg('Serde_Json', '1.0.0-rc.1+build.5'))).toBe(
      'http://127.0.0.1:18931/api/v1/crates/Serde_Json/1.0.0-rc.1+build.5/download',
    );
  });

  test('each marker is replaced, every time it occurs', () => {
    const p = pkg('serde', '1.2.3', 'f'.repeat(64));
    expect(downloadUrl('https://dl.example/{crate}/{version}/{crate}-{version}.crate?sum={sha256-checksum}', p)).toBe(
      `https://dl.example/serde/1.2.3/serde-1.2.3.crate?sum=${'f'.repeat(64)}`,
    );
  });

  test('a single marker is enough to switch to template mode', () => {
    expect(downloadUrl('https://dl.example/by-sum/{sha256-checksum}', pkg('a', '0.1.0', '0123'))).toBe('https://dl.example/by-sum/0123');
  });

  test.each([
    ['a', '1', '1'],
    ['AB', '2', '2'],
    ['Syn', '3/S', '3/s'],
    ['Cargo-Util', 'Ca/rg', 'ca/rg'],
    ['libc', 'li/bc', 'li/bc'],
  ])('{prefix} of %s keeps the name’s case (%s), {lowerprefix} does not (%s)', (name, prefix, lower) => {
    expect(downloadUrl('https://dl.example/{prefix}/{lowerprefix}/{crate}', pkg(name))).toBe(`https://dl.example/${prefix}/${lower}/${name}`);
    expect(depPathPrefix(name).toLowerCase()).toBe(makeDepPath(name, true));
  });

  test('a name that cannot be an index path is a CargoError', () => {
    expect(() => downloadUrl('https://dl.example/{prefix}', pkg('a/b'))).toThrow(CargoError);
  });
});
