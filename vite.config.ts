import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
/** The standalone report page that `xcplan report` renders headless to PDF. */
export const REPORT_PAGE_INPUT = fileURLToPath(new URL('./renderer/report.html', import.meta.url));
/** Written beside report.html: the source files it was built from, for `xcplan report` to tell a stale build. */
export const REPORT_SOURCES_FILE = 'report-sources.json';
/**
 * Workers as ES modules, so a worker's dynamic imports stay chunks of their own: the import worker
 * loads SheetJS and ExcelJS only when a workbook is read. The benchmark page builds with the same.
 */
export const WORKER_OPTIONS = { format: 'es' } as const;

/**
 * Records the source files of the report page's chunks (the module graph Vite itself walked, so no
 * hand-kept list), relative to the repository, with this config file.
 */
function reportSources(): Plugin {
  return {
    name: 'xcplan-report-sources',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
      const entry = [...chunks.values()].find((c) => c.isEntry && c.facadeModuleId === REPORT_PAGE_INPUT);
      if (!entry) return;
      const files = new Set<string>([relative(ROOT, fileURLToPath(import.meta.url))]);
      const seen = new Set<string>();
      const visit = (name: string) => {
        const chunk = chunks.get(name);
        if (!chunk || seen.has(name)) return;
        seen.add(name);
        for (const id of chunk.moduleIds) {
          const path = id.split('?')[0]!;
          if (path.startsWith(ROOT) && !path.includes('/node_modules/')) files.add(relative(ROOT, path));
        }
        [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
      };
      visit(entry.fileName);
      this.emitFile({ type: 'asset', fileName: REPORT_SOURCES_FILE, source: `${JSON.stringify([...files].sort(), null, 1)}\n` });
    },
  };
}

// The renderer is a plain web app: `npm run web` serves it, Electron loads the same build.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), reportSources()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: { main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)), report: REPORT_PAGE_INPUT } },
  },
  worker: WORKER_OPTIONS,
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
