import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is a plain web app: `npm run web` serves it, Electron loads the same build.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // report.html: the roadmap document alone, which `xcplan report` renders headless to PDF.
    rolldownOptions: { input: { main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)), report: fileURLToPath(new URL('./renderer/report.html', import.meta.url)) } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
