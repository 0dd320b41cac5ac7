import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      '.tmp/',
      'custom-elements.json',
      'docs/schemas/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'editor/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    settings: { wc: { elementBaseClasses: ['LitElement', 'CivicWidget'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Widgets guard their own registration through defineElement().
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Names are for readers: terser shortens locals and #private members for free (see
    // docs/architecture.md), so a one-letter name saves no byte. Loop counters and
    // coordinates keep their conventional letters; `_` marks an unused parameter.
    files: ['src/**/*.ts'],
    rules: {
      'id-length': [
        'error',
        { min: 2, exceptions: ['_', 'i', 'j', 'x', 'y', 'z'], properties: 'never' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
