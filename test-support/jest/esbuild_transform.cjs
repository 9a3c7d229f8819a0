// Jest transformer: TypeScript to JavaScript with esbuild, one file at a
// time and without type checking (scripts/test.mjs runs `tsc --noEmit`
// first). The same compiler scripts/build.mjs bundles dist/ with, and much
// faster than ts-jest, whose compile cost dominated short suites.
const crypto = require('node:crypto');
const { transformSync, version } = require('esbuild');

const TSCONFIG = { compilerOptions: { target: 'ES2022', useDefineForClassFields: true } };

module.exports = {
  canInstrument: false,
  getCacheKey(source, file, options) {
    return crypto
      .createHash('sha256')
      .update(`esbuild ${version} ${options.supportsStaticESM ? 'esm' : 'cjs'}\0${file}\0`)
      .update(source)
      .digest('hex');
  },
  process(source, file, options) {
    const r = transformSync(source, {
      loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
      format: options.supportsStaticESM ? 'esm' : 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: file,
      tsconfigRaw: TSCONFIG,
    });
    return { code: r.code, map: r.map };
  },
};
