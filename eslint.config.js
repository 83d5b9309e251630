// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Process boundaries, enforced by tooling (see README "Architecture"):
 * - renderer/ and shared/ run in the page too: no electron, no node:* or bare Node built-ins,
 *   no typeorm, no better-sqlite3.
 * - React, Mantine and TanStack belong to renderer/ only.
 * - electron/core/ and electron/preview/ are plain Node: no electron.
 * ESLint applies only the last matching config's options for a rule, so each area below
 * lists every restriction that applies to it.
 */

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const RESTRICT = {
  electron: {
    regex: '^electron(/.*)?$',
    message: 'Only electron/main and electron/preload may import electron; go through window.api or dispatch.',
  },
  node: [
    { regex: '^node:', message: 'Node built-ins do not exist in the page; privileged work belongs in electron/core.' },
    {
      regex: `^(${nodeBuiltins.map((name) => name.replace(/[/]/g, '\\/')).join('|')})(/.*)?$`,
      message: 'Node built-ins do not exist in the page; privileged work belongs in electron/core.',
    },
  ],
  database: {
    regex: '^(typeorm|better-sqlite3)(/.*)?$',
    message: 'The database lives in electron/core; the page receives DTOs from shared/.',
  },
  ui: {
    regex: '^(react|react-dom|@mantine/.+|@tanstack/.+)(/.*)?$',
    message: 'React, Mantine and TanStack belong to renderer/ only.',
  },
};

/** @param {Array<{ regex: string; message: string }>} patterns */
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const pageSafe = [RESTRICT.electron, ...RESTRICT.node, RESTRICT.database];
const ALL_CODE = ['**/*.{ts,tsx,js,mjs,cjs}'];

export default defineConfig(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'release/**', 'coverage/**', '.tmp/**', '.preview-data/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ALL_CODE,
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain JavaScript run by Node (scripts, electron-builder hooks, this file).
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  // Boundaries, one block per area (the last matching block wins for a rule).
  { files: ALL_CODE, rules: restrictImports(RESTRICT.ui) },
  { files: ['electron/core/**', 'electron/preview/**', 'electron/cli/**'], rules: restrictImports(RESTRICT.electron, RESTRICT.ui) },
  { files: ['shared/**'], rules: restrictImports(...pageSafe, RESTRICT.ui) },
  { files: ['renderer/**'], rules: restrictImports(...pageSafe) },
);
