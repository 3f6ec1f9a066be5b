// Vite config of the import benchmark page (bench/browser → dist-bench/), built and served by
// bench/import.bench.ts. Same plugins as the app so the measured code is the shipped code.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export const BENCH_PORT = 4175;

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: { outDir: join(here, '..', '..', 'bench-results', 'web'), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  preview: { host: '127.0.0.1', port: BENCH_PORT, strictPort: true },
});
