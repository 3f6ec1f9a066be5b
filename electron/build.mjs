// Build script (Node). Bundles electron/main.ts and electron/preload.ts with esbuild into
// CommonJS dist-electron/main.cjs and preload.cjs (a sandboxed preload must be CommonJS).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.VITEST': 'undefined' },
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'electron/main.ts')], outfile: join(root, 'dist-electron/main.cjs') }),
  build({ ...common, entryPoints: [join(root, 'electron/preload.ts')], outfile: join(root, 'dist-electron/preload.cjs') }),
]);
console.log('dist-electron/main.cjs and dist-electron/preload.cjs built');
