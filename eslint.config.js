// Flat config. The folder boundaries of DESIGN.md are enforced here, so a wrong import fails `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'worker_threads', 'http', 'net'];

const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'bench-results/**', 'fixtures/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'renderer/ talks to the desktop shell only through renderer/platform (the preload API).' }],
        patterns: [
          pattern(['**/electron/**', '../electron/*'], 'renderer/ never imports electron/.'),
          pattern(nodeBuiltins, 'renderer/ runs in a browser: no Node built-ins.'),
        ],
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/cli/**', 'shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'dexie', 'electron', 'd3', 'd3-selection', 'zustand'].map((name) => ({
          name,
          message: 'shared/ is pure domain TypeScript: no UI, storage or Electron libraries.',
        })),
        patterns: [
          pattern(['**/renderer/**', '**/electron/**'], 'shared/ imports neither renderer/ nor electron/.'),
          pattern(nodeBuiltins, 'Only shared/cli/ may touch Node (file system, process).'),
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'localStorage', 'process'],
    },
  },
  {
    // shared/ never reaches into renderer/: not by import (shared/cli included), and not by a path
    // to renderer sources either (the report page is built from the Vite config, issue 18 #4).
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'Literal[value=/(^|[\\/.])renderer[\\/]/]', message: 'shared/ does not reach into renderer/ (build from the Vite config, or move the code to shared/).' },
        { selector: 'TemplateElement[value.raw=/(^|[\\/.])renderer[\\/]/]', message: 'shared/ does not reach into renderer/ (build from the Vite config, or move the code to shared/).' },
      ],
    },
  },
  {
    files: ['shared/cli/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(['**/renderer/**', '**/electron/**'], 'shared/ imports neither renderer/ nor electron/.')] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'dexie', 'zustand'].map((name) => ({ name, message: 'electron/ is the thin shell: no UI or database code.' })),
        patterns: [pattern(['**/renderer/**'], 'electron/ never imports renderer/.')],
      }],
    },
  },
  {
    // Issue 12: one analysis. Only shared/analysis plans, prices and builds the procurement list;
    // every other module reads its result (the planner, forecast and procurement modules
    // themselves, tests, journeys and benches excepted).
    files: ['**/*.{ts,tsx}'],
    ignores: ['shared/analysis/**', 'shared/planner/**', 'shared/forecast/**', 'shared/procurement/**', '**/*.test.ts', '**/*.test.tsx', '**/*.test-helpers.ts', 'e2e/**', 'bench/**', 'fixtures/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          {
            group: ['**/planner', '**/planner/index', '**/planner/plan', '**/planner/context'],
            importNames: ['planProject', 'planWithContext', 'buildPlanContext'],
            message: 'Read the plan from the analysis (shared/analysis `analyse`), never plan on your own.',
          },
          {
            group: ['**/forecast', '**/forecast/index', '**/forecast/cost', '**/forecast/forecast', '**/forecast/compare'],
            importNames: ['costOf', 'forecastSpend', 'replacementCost', 'pricedParts', 'unitPrice', 'compareScenarios'],
            message: 'Costs and the forecast come from the analysis (shared/analysis), the one cost basis.',
          },
          {
            group: ['**/procurement', '**/procurement/index', '**/procurement/procurement'],
            importNames: ['buildProcurementList'],
            message: 'The procurement list comes from the analysis (shared/analysis).',
          },
        ],
      }],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
