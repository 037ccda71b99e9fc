// Lint rules, including the one-way dependency rule between the layers:
// client -> server -> emulator; the emulator knows nothing of editors or parsers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const editorModules = ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*', 'web-tree-sitter'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'grammars/*/src/**', 'grammars/*/grammar.js', 'grammars/arm-common/**', '.e2e/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Test fixtures preloaded with node --require (which, unlike --import, also runs in worker threads).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server/**', '**/client/**'], message: 'The emulator is the bottom layer: it must not import the server or client.' },
          { group: editorModules, message: 'The emulator has no editor or parser dependencies.' },
        ],
      }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/client/**', 'vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The server must not depend on the VS Code client.' },
          { group: ['**/emulator/src/*/**', '!**/emulator/src/index.js'], message: 'Use the emulator through its public API (emulator/src/index.ts).' },
        ],
      }],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/emulator/**'], message: 'The client talks to the emulator only through the server.' },
        ],
      }],
    },
  },
);
