// Lint for the whole repository: ESLint's and typescript-eslint's recommended rules, the checks that catch real
// extension bugs (a promise nobody awaits or handles), and the architecture's boundaries as import rules.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What src/core may never import: it is editor-independent, pure (text in, results out) and knows no front end. */
const CORE_BOUNDARY = {
  paths: [
    { name: 'vscode', message: 'src/core is editor-independent: put editor code in src/vscode.' },
    { name: 'fs', message: 'src/core does no file I/O: read files in src/node and pass text in.' },
    { name: 'node:fs', message: 'src/core does no file I/O: read files in src/node and pass text in.' },
    { name: 'fs/promises', message: 'src/core does no file I/O: read files in src/node and pass text in.' },
    { name: 'node:fs/promises', message: 'src/core does no file I/O: read files in src/node and pass text in.' },
  ],
  patterns: [{ group: ['**/vscode/**', '**/cli/**', '**/node/**', '**/worker/**'], message: 'src/core knows no front end.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'src/core/citations/styles/**', 'test/fixtures/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // Promises left floating in the extension lose their errors in the extension host's log: handle or `void` them.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', CORE_BOUNDARY] } },
  {
    files: ['src/cli/**/*.ts', 'src/worker/**/*.ts', 'src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'Only src/vscode and src/extension.ts may import vscode.' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
