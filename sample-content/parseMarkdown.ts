import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { toLexical } from './toLexical.ts'
import type { LexicalResult } from './toLexical.ts'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective)

/** Parses a sample-content Markdown file (YAML front matter, directives) into mdast. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown)
}

/**
 * Converts a Markdown text to Lexical JSON as Payload stores it, with any parts that
 * rich text cannot hold reported as issues.
 * @example markdownToLexical('Du får **dagpenge** fra din a-kasse.').richText.root.children[0]
 */
export function markdownToLexical(markdown: string, idSeed = ''): LexicalResult {
  const tree = parseMarkdown(markdown)
  return toLexical(tree.children, markdown, idSeed)
}
