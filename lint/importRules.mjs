// The import rules of the folder READMEs as one ESLint rule (docs/architecture.md#import-rules).
// An import is resolved against the importing file, so `../content/…` inside site/ (site/content)
// and the root content/ folder are told apart.
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

/** The top-level folders each folder may import from (besides itself and packages). */
const allowedImports = {
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

/** The files of content-models/ other folders may import (content-models/README.md). */
const contentModelsEntries = [
  'content-models/index.ts',
  'content-models/browser.ts',
  'content-models/generated/trackingApi.ts',
]

/**
 * The content-models/ entries code that runs in the browser may import: the zod-free entry, and the
 * generated tracking API types (declarations only, erased from the bundle).
 */
const browserEntries = ['content-models/browser.ts', 'content-models/generated/trackingApi.ts']

/** The folders whose code runs in the browser (site/scripts is site/browser's former name). */
const browserFolders = [
  'site/browser/',
  'site/scripts/',
  'site/islands/',
  'site/events/',
  'site/state/',
]

/** The path of a file relative to the repository root, with forward slashes. */
const fromRoot = (file) => path.relative(root, file).split(path.sep).join('/')

/** Why an import into content-models/ is refused, or undefined when it targets an allowed entry. */
function contentModelsProblem(importer, target) {
  const entry = fromRoot(target)
  if (browserFolders.some((folder) => fromRoot(importer).startsWith(folder))) {
    if (browserEntries.includes(entry)) return undefined
    return `Imports ${entry}: code that runs in the browser may import only ${browserEntries.join(' or ')}, so zod never reaches a browser bundle (content-models/README.md).`
  }
  if (contentModelsEntries.includes(entry)) return undefined
  return `Imports ${entry}: other folders import content-models/ only through its entries ${contentModelsEntries.join(', ')} (content-models/README.md).`
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
      const file = path.resolve(path.dirname(context.filename), source)
      const target = topFolder(file)
      if (!target || target === from) return
      if (!allowed.includes(target)) {
        context.report({ node, message: `Imports ${target}/: ${reasons[from]}.` })
        return
      }
      const problem = target === 'content-models' && contentModelsProblem(context.filename, file)
      if (problem) context.report({ node, message: problem })
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
