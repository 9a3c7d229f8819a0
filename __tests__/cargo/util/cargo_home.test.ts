import { cargoHome } from '../../../src/cargo/util/cargo_home.js';

describe('cargoHome', () => {
  it('defaults to ~/.cargo on Linux and macOS', () => {
    expect(cargoHome({}, 'linux', '/home/ann', '/work')).toBe('/home/ann/.cargo');
    expect(cargoHome({}, 'darwin', '/Users/ann', '/work')).toBe('/Users/ann/.cargo');
  });

  it('defaults to %USERPROFILE%\\.cargo on Windows', () => {
    expect(cargoHome({}, 'win32', 'C:\\Users\\ann', 'C:\\work')).toBe('C:\\Users\\ann\\.cargo');
  });

  it('uses an absolute CARGO_HOME as is', () => {
    expect(cargoHome({ CARGO_HOME: '/opt/cargo' }, 'linux', '/home/ann', '/work')).toBe('/opt/cargo');
    expect(cargoHome({ CARGO_HOME: 'D:\\cargo' }, 'win32', 'C:\\Users\\ann', 'C:\\work')).toBe('D:\\cargo');
  });

  it('resolves a relative CARGO_HOME against the working directory', () => {
    expect(cargoHome({ CARGO_HOME: 'ch' }, 'linux', '/home/ann', '/work/proj')).toBe('/work/proj/ch');
    expect(cargoHome({ CARGO_HOME: '..\\ch' }, 'win32', 'C:\\Users\\ann', 'C:\\work\\proj')).toBe('C:\\work\\ch');
  });

  it('ignores an empty CARGO_HOME', () => {
    expect(cargoHome({ CARGO_HOME: '' }, 'linux', '/home/ann', '/work')).toBe('/home/ann/.cargo');
  });
});
