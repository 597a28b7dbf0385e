/**
 * Reads the bundled sample content (Markdown files under `content/`) into the shapes of
 * the content-models schemas. Node only: it reads files. Layout: content/README.md.
 */
export { readSampleContent } from './readSampleContent.ts'
export { readSampleMunicipalities } from './readSampleMunicipalities.ts'
export { readSampleLocalFlows } from './readSampleLocalFlows.ts'
export type { SampleContent } from './readSampleContent.ts'
export { SampleContentError } from './problems.ts'
export type { Problem } from './problems.ts'
export { markdownToLexical } from './parseMarkdown.ts'
export type * from './lexicalNodes.ts'
