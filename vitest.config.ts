import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// shared/ and electron/ tests run in node; component tests opt into jsdom with a
// `/** @vitest-environment jsdom */` docblock.
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'fixtures/**/*.test.ts',
    ],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
