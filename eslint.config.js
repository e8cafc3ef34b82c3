import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.wireit/**',
      'storybook-static/**',
      'packages/components/src/locales/**',
      'custom-elements.json',
      'test/hosts/.build/**',
      // Plain TypeScript cannot see into .vue files; vue-tsc checks this app in the hosts test.
      'test/hosts/vue/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's test() returns a promise that the runner itself awaits.
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
            // @open-wc types chai's `equal` as a promise (for DOM snapshots); a plain equal is synchronous.
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: ['equal', 'Equal'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The hosts test type-checks this app with ngc against the built packages (dist/), as an
    // Angular app would. Lint reads it against the sources instead, so it needs no build first.
    files: ['test/hosts/angular/**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './test/hosts/angular/tsconfig.lint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      // Chai's property assertions (`to.be.true`) read as unused expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/server/src/**/*.test.ts', 'packages/server/src/test-support/**/*.ts'],
    rules: {
      // The server's tests read JSON replies field by field, as a client of the protocol would;
      // typing each reply would write docs/http-api.yaml a second time.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
