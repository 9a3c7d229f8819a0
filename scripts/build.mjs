// Bundles each entry point into a single ESM file, as GitHub runs dist/ directly.
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';

const entries = { main: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts' };
// CJS dependencies of @actions/cache call require() on node built-ins.
const banner = "import { createRequire as __ccRequire } from 'node:module';\nconst require = __ccRequire(import.meta.url);";

for (const [name, entry] of Object.entries(entries)) {
  await build({
    entryPoints: [entry],
    outfile: `dist/${name}.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: (name === 'cli' ? '#!/usr/bin/env node\n' : '') + banner },
    legalComments: 'none',
    logLevel: 'warning',
    // Path comments name modules as reached, not as resolved: a worktree whose
    // node_modules is a symlink builds the same bytes as a clean `npm ci`.
    preserveSymlinks: true,
  });
}
// The CLI runs as `./dist/cli.js` (its banner has the shebang), and `npm link`
// would chmod it anyway: committed as 755, so the CI dist/ check sees no mode change.
await chmod('dist/cli.js', 0o755);
