import { CargoError } from '../src/cargo/util/errors.js';

test('CargoError folds to one line with a location', () => {
  const e = new CargoError('manifest', 'bad\n  thing', { file: 'Cargo.toml', line: 3, col: 5 });
  expect(e.oneLine()).toBe('Cargo.toml:3:5: bad thing');
});
