// Vite config of the benchmark page (bench/browser → bench-results/web/), built and served by the
// import, project-import and graph benches. It takes the app's worker options, so the import
// worker measured is the one shipped (its workbook readers in chunks of their own, loaded only for
// a workbook).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

import { WORKER_OPTIONS } from '../../vite.config';

const here = dirname(fileURLToPath(import.meta.url));

export const BENCH_PORT = 4175;

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: { outDir: join(here, '..', '..', 'bench-results', 'web'), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  worker: WORKER_OPTIONS,
  preview: { host: '127.0.0.1', port: BENCH_PORT, strictPort: true },
});
