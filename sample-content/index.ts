/**
 * Reads the bundled sample content (Markdown files under `content/`) into the shapes of
 * the content-models schemas. Node only: it reads files. Layout: content/README.md.
 */
export { readSampleContent } from './readSampleContent.ts'
export type { SampleContent } from './readSampleContent.ts'
export { SampleContentError, formatProblem } from './problems.ts'
export type { Problem } from './problems.ts'
export { markdownToLexical, parseMarkdown } from './parseMarkdown.ts'
export { toLexical } from './toLexical.ts'
export type { LexicalResult, MarkdownIssue } from './toLexical.ts'
export { textFormat } from './lexicalNodes.ts'
export type * from './lexicalNodes.ts'
