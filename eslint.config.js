import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.bench/', 'coverage/', 'schema/', 'wasm/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/index.ts', 'src/commands/**', 'src/local/**', 'src/github/**', 'src/main.ts'],
    rules: {
      // The core is pure: configuration and time come in as arguments.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Pass values in; the core does not read the environment.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['@actions/*', 'octokit', '@octokit/*'] }],
    },
  },
);
