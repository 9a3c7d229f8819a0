import { decodeIndexCache, encodeIndexCache, findIndexCacheLine } from '../../../../src/cargo/sources/registry/index_cache.js';
import { CargoError } from '../../../../src/cargo/util/errors.js';

describe('index cache files', () => {
  const file = {
    indexVersion: 'etag: "abc"',
    entries: [
      { version: '1.0.0', line: '{"name":"a","vers":"1.0.0","deps":[],"cksum":"00","features":{}}' },
      { version: '1.1.0', line: '{"name":"a","vers":"1.1.0","deps":[],"cksum":"11","features":{}}' },
    ],
  };

  test('encodes cargo layout: version byte, u32 LE format, then NUL-separated fields', () => {
    const buf = encodeIndexCache(file);
    expect([...buf.subarray(0, 5)]).toEqual([3, 2, 0, 0, 0]);
    const fields = buf.subarray(5).toString('utf8').split('\0');
    expect(fields).toEqual(['etag: "abc"', '1.0.0', file.entries[0].line, '1.1.0', file.entries[1].line, '']);
  });

  test('round-trips', () => {
    expect(decodeIndexCache(encodeIndexCache(file), 'x')).toEqual(file);
  });

  test('rejects other cache versions and truncated files', () => {
    const buf = encodeIndexCache(file);
    const bad = Buffer.from(buf);
    bad[0] = 1;
    expect(() => decodeIndexCache(bad, 'f')).toThrow(CargoError);
    expect(() => decodeIndexCache(buf.subarray(0, buf.length - 3), 'f')).toThrow(/truncated/);
  });
});

describe('findIndexCacheLine', () => {
  const { encodeIndexCache: enc, findIndexCacheLine: find } = { encodeIndexCache, findIndexCacheLine };
  const file = {
    indexVersion: 'Unknown',
    entries: [
      { version: '1.0.0', line: '{"vers":"1.0.0"}' },
      { version: '1.0.0-rc.1', line: '{"vers":"1.0.0-rc.1","desc":"é"}' },
      { version: '1.10.0', line: '{"vers":"1.10.0"}' },
    ],
  };

  test('finds exactly the requested version, not a prefix of another', () => {
    const buf = enc(file);
    expect(find(buf, '1.0.0', 'f')).toBe('{"vers":"1.0.0"}');
    expect(find(buf, '1.0.0-rc.1', 'f')).toBe('{"vers":"1.0.0-rc.1","desc":"é"}');
    expect(find(buf, '1.10.0', 'f')).toBe('{"vers":"1.10.0"}');
    expect(find(buf, '1.1.0', 'f')).toBeUndefined();
  });
});
