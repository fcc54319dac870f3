// Type-aware linting, with the import boundaries of DESIGN.md: src/core is pure; src/webview sees only the protocol.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/** Globals of Node or of a page that the web extension host (a web worker) does not have the same way. */
const hostOnlyGlobals = ['Buffer', 'process', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'media/dist/**', 'node_modules/**', '.vscode-test/**', 'samples/**', 'test/fixtures/**', 'test/types/**', 'test-results/**', 'bench/.sites/**', '**/*.mjs', '**/*.js'] },
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
          { group: ['node:*', ...builtinModules, ...builtinModules.map((name) => `${name}/*`)], message: 'src/core is pure and runs in the web extension host too: Node modules belong in src/platform.' },
          { group: ['../features/*', '../platform/*', '../extension', '../webview/*', '**/features/**', '**/platform/**'], message: 'src/core must not depend on host code.' },
        ],
      }],
      'no-restricted-globals': ['error', ...hostOnlyGlobals.map((name) => ({ name, message: 'src/core is pure and runs in Node and in the web extension host alike.' }))],
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
