// @ts-check
/**
 * Lint = type-aware TypeScript rules (floating promises are errors) + the layer rules of
 * ARCHITECTURE.md rule 5, enforced per folder with no-restricted-imports:
 *   contract  imports only zod (and its own files)
 *   core      never imports electron, main, preload, bridge or the renderer
 *   bridge    never imports electron
 *   renderer  never imports core, main, bridge, preload, electron, Node built-ins or the database
 *   ipcMain   only inside electron/main/ipc/
 * ESLint applies only the LAST matching setting of a rule, so a layer block replaces the global
 * ipcMain restriction; each one forbids electron outright, which covers ipcMain too. Static imports
 * and re-exports are checked; a dynamic import() is not.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const onlyIpcImportsIpcMain = ['electron', 'electron/main'].map((name) => ({
  name,
  importNames: ['ipcMain'],
  message: 'Only electron/main/ipc/ may import ipcMain: every IPC handler goes through its sender check.',
}));

/** @param {string} layer */
const noElectron = (layer) => ({
  regex: '^electron(/|$)',
  message: `${layer} runs without Electron (plain Node in tests and the web bridge); never import electron here.`,
});

/**
 * Relative imports that climb out of the importing layer into one of the given top-level folders.
 * @param {string[]} folders @param {string} message
 */
const climbingInto = (folders, message) => ({
  regex: `^(\\.\\./)+(${folders.map(escape).join('|')})(/|$)`,
  message,
});

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_')).map(escape);

export default defineConfig(
  globalIgnores([
    'out/',
    'release/',
    'node_modules/',
    'drizzle/migrations/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    'coverage/',
    'bench-results/',
    '.cache/',
    '**/*.tmp.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': ['error', { paths: onlyIpcImportsIpcMain }],
    },
  },
  {
    // Plain JavaScript (this file, scripts/*.mjs) is outside tsconfig: lint it without type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },

  // Layer rules (ARCHITECTURE.md rule 5).
  {
    files: ['electron/main/ipc/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/contract/**/*.ts'],
    ignores: ['electron/contract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|\\./)',
              message:
                'electron/contract is shared with the renderer: it may import only zod and files inside contract/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron('electron/core'),
            climbingInto(
              ['main', 'preload', 'bridge', 'renderer', 'electron/main', 'electron/preload', 'electron/bridge'],
              'electron/core is the Electron-free core: it must not import main, preload, the bridge or the renderer.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/bridge/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron('electron/bridge')] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron('The renderer'),
            {
              regex: `^(node:.*|(${nodeBuiltins.join('|')})(/.*)?)$`,
              message: 'The renderer runs in a sandboxed browser page: no Node built-ins.',
            },
            {
              regex: '^(better-sqlite3|drizzle-orm)(/|$)',
              message: 'The renderer never touches the database; call a procedure through the api/ client.',
            },
            climbingInto(
              ['electron/core', 'electron/main', 'electron/bridge', 'electron/preload'],
              'The renderer may import only electron/contract from the main side; call procedures through api/.',
            ),
          ],
        },
      ],
    },
  },
);
