// ESLint: typescript-eslint's type-checked rules (strict where they catch real faults), JSDoc on
// exports, and the import rules of the folder READMEs (docs/architecture.md#import-rules).
// `npm run lint` runs it with --max-warnings 0, before prettier --check, astro check and knip.
import js from '@eslint/js'
import jsdoc from 'eslint-plugin-jsdoc'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { importRules } from './lint/importRules.mjs'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist.*/',
      'data/',
      'reports/',
      'backups/',
      '.astro/',
      'cms/.next*/',
      'cms/migrations/',
      'cms/payload-types.ts',
      'cms/app/(payload)/admin/importMap.js',
      'content-models/generated/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Template literals with numbers and booleans read well in messages; objects stay refused.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // Payload's and Fastify's hook signatures are async by contract even when a hook awaits nothing.
      '@typescript-eslint/require-await': 'off',
      // `!` after a lookup the code has just guaranteed (e.g. Map.get after has) is clearer than a branch.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `onClick={() => setOpen(true)}` and `.then(() => resolve())` say what they do; a block
      // around each would add noise without catching anything. Void returned from a statement is still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Every export says what it is for (the house rule); tests and configs are read, not imported.
    files: ['{cms,content-models,flows,site,tracking,scripts}/**/*.{ts,tsx}'],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: {
            FunctionDeclaration: true,
            ClassDeclaration: true,
            ArrowFunctionExpression: true,
          },
          contexts: [
            'TSTypeAliasDeclaration',
            'TSInterfaceDeclaration',
            'ExportNamedDeclaration > VariableDeclaration',
          ],
        },
      ],
    },
  },
  ...importRules,
)
