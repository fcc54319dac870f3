// Type-aware linting, with the import boundaries of DESIGN.md: src/core is pure; src/webview sees only the protocol.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'media/dist/**', 'node_modules/**', '.vscode-test/**', 'samples/**', 'test/fixtures/**', 'test-results/**', 'bench/.sites/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: [] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }],
      }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (DESIGN.md).' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: it never imports vscode.' }],
        patterns: [
          { group: ['node:fs', 'fs', 'node:fs/*', 'fs/*', 'node:child_process', 'child_process', 'node:worker_threads', 'worker_threads'], message: 'src/core is pure: files and workers belong in src/platform.' },
          { group: ['../features/*', '../platform/*', '../extension', '../webview/*', '**/features/**', '**/platform/**'], message: 'src/core must not depend on host code.' },
        ],
      }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: ['src/webview/tsconfig.json'] } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The webview cannot use the vscode API.' }],
        patterns: [{ regex: '^\\.\\./(?!core/previewProtocol$)', message: 'The webview imports only ../core/previewProtocol.' }],
      }],
    },
  },
);
