// The import rules of the folder READMEs as one ESLint rule (docs/architecture.md#import-rules).
// An import is resolved against the importing file, so `../content/…` inside site/ (site/content)
// and the root content/ folder are told apart.
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

/** The top-level folders each folder may import from (besides itself and packages). */
export const allowedImports = {
  'content-models': [],
  flows: ['content-models'],
  cms: ['content-models', 'flows', 'serve', 'sample-content'],
  site: ['content-models', 'flows', 'sample-content'],
  tracking: ['content-models'],
  serve: [],
  scripts: ['cms', 'content-models', 'flows', 'site', 'serve', 'sample-content'],
  'sample-content': ['content-models'],
}

/** Why a folder may import only what it may, in the words of its README. */
const reasons = {
  'content-models': 'content-models/ imports nothing from the project (content-models/README.md)',
  flows: 'flows/ may import only types from content-models/ (flows/README.md)',
  cms: 'cms/ may import content-models/, flows/, serve/ and sample-content/ (cms/README.md)',
  site: 'site/ may import content-models/ and flows/, and its build sample-content/ (site/README.md)',
  tracking: 'tracking/ shares only the event contract of content-models/ (tracking/README.md)',
  serve: 'serve/ imports nothing from the project (serve/README.md)',
  scripts: 'scripts/ never import tests/ or tracking/ (scripts/README.md)',
  'sample-content': 'sample-content/ may import content-models/ only',
}

/** The top-level folder of a path inside the repository, or undefined outside it. */
function topFolder(file) {
  const relative = path.relative(root, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  const [first, ...rest] = relative.split(path.sep)
  return rest.length > 0 ? first : undefined
}

/** @type {import('eslint').Rule.RuleModule} */
const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'imports flow one way between the top-level folders' },
    schema: [],
  },
  create(context) {
    const from = topFolder(context.filename)
    const allowed = allowedImports[from]
    if (!allowed) return {}
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = topFolder(path.resolve(path.dirname(context.filename), source))
      if (!target || target === from || allowed.includes(target)) return
      context.report({ node, message: `Imports ${target}/: ${reasons[from]}.` })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    }
  },
}

/** The flat-config entry that turns the rule on for every source file. */
export const importRules = [
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { jobunivers: { rules: { layering } } },
    rules: { 'jobunivers/layering': 'error' },
  },
]
