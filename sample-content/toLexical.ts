import type { List, Nodes, PhrasingContent, RootContent } from 'mdast'
import type {} from 'mdast-util-directive'
import {
  headingNode,
  lineBreakNode,
  linkNode,
  listItemNode,
  listNode,
  paragraphNode,
  rootNode,
  stableId,
  textFormat,
  textNode,
} from './lexicalNodes.ts'
import type {
  LexicalBlock,
  LexicalInline,
  LexicalList,
  LexicalRoot,
  LexicalText,
} from './lexicalNodes.ts'
import { messages } from './messages.ts'

/** Something in the Markdown that has no place in rich text, at a line of the source. */
export type MarkdownIssue = { line: number; message: string }

/** The Lexical JSON of some Markdown, and what could not be converted. */
export type LexicalResult = { richText: LexicalRoot; issues: MarkdownIssue[] }

type Context = { source: string; idSeed: string; issues: MarkdownIssue[] }

const unsupportedNames: Record<string, string> = {
  blockquote: 'a block quote (>)',
  code: 'a code block',
  html: 'HTML',
  thematicBreak: 'a horizontal rule',
  table: 'a table',
  image: 'an image',
  imageReference: 'an image',
  linkReference: 'a reference-style link',
  definition: 'a link definition',
  footnoteReference: 'a footnote',
  footnoteDefinition: 'a footnote',
}

/**
 * Converts Markdown blocks (mdast, as remark parses them) to Lexical JSON as Payload
 * stores it: `##`/`###` headings, paragraphs, bullet and numbered lists (nested too),
 * links, bold, italic, inline code and hard line breaks.
 * `source` is the Markdown the nodes came from (text directives such as the `:30` in
 * "kl. 9:30" are put back as the text they were); `idSeed` makes link ids unique.
 * @example toLexical(parseMarkdown('## Hej\n\nDu er **velkommen**.').children, source)
 */
export function toLexical(nodes: RootContent[], source: string, idSeed = ''): LexicalResult {
  const context: Context = { source, idSeed, issues: [] }
  const blocks = nodes.flatMap((node) => convertBlock(node, context))
  return { richText: rootNode(blocks), issues: context.issues }
}

function convertBlock(node: RootContent, context: Context): LexicalBlock[] {
  switch (node.type) {
    case 'paragraph': {
      const children = convertInline(node.children, 0, context)
      return children.length > 0 ? [paragraphNode(children)] : []
    }
    case 'heading':
      if (node.depth === 2 || node.depth === 3) {
        return [headingNode(`h${node.depth}`, convertInline(node.children, 0, context))]
      }
      report(node, messages.headingLevel(node.depth), context)
      return []
    case 'list':
      return [convertList(node, 0, context)]
    case 'yaml':
      return []
    case 'leafDirective':
    case 'containerDirective':
      report(node, messages.directiveNotAllowed(node.name), context)
      return []
    default:
      report(node, messages.unsupported(unsupportedNames[node.type] ?? node.type), context)
      return []
  }
}

// Lexical keeps a nested list in a list item of its own, right after the item it belongs
// to; that wrapper item shares its `value` with the next real item.
function convertList(list: List, indent: number, context: Context): LexicalList {
  const ordered = list.ordered === true
  const start = ordered ? (list.start ?? 1) : 1
  const items = []
  let value = start
  for (const item of list.children) {
    const inline: LexicalInline[] = []
    const nested: List[] = []
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        if (inline.length > 0) inline.push(lineBreakNode())
        inline.push(...convertInline(child.children, 0, context))
      } else if (child.type === 'list') {
        nested.push(child)
      } else {
        report(child, messages.unsupported(unsupportedNames[child.type] ?? child.type), context)
      }
    }
    if (inline.length > 0 || nested.length === 0) {
      items.push(listItemNode(inline, indent, value))
      value++
    }
    for (const sublist of nested) {
      items.push(listItemNode([convertList(sublist, indent + 1, context)], indent, value))
    }
  }
  return listNode(ordered, start, items)
}

function convertInline(
  nodes: PhrasingContent[],
  format: number,
  context: Context,
): LexicalInline[] {
  return mergeTexts(nodes.flatMap((node) => convertPhrasing(node, format, context)))
}

function convertPhrasing(node: PhrasingContent, format: number, context: Context): LexicalInline[] {
  switch (node.type) {
    case 'text':
      return [textNode(node.value.replace(/[ \t]*\n[ \t]*/g, ' '), format)]
    case 'strong':
      return convertInline(node.children, format | textFormat.bold, context)
    case 'emphasis':
      return convertInline(node.children, format | textFormat.italic, context)
    case 'delete':
      return convertInline(node.children, format | textFormat.strikethrough, context)
    case 'inlineCode':
      return [textNode(node.value, format | textFormat.code)]
    case 'break':
      return [lineBreakNode()]
    case 'link': {
      const texts = convertInline(node.children, format, context).filter(isText)
      const offset = node.position?.start.offset ?? 0
      return [linkNode(node.url, texts, stableId(`${context.idSeed}:${offset}:${node.url}`))]
    }
    case 'textDirective': {
      // `:name` inside running text is almost always prose ("kl. 9:30"), never a block.
      const { start, end } = node.position ?? {}
      const raw = context.source.slice(start?.offset ?? 0, end?.offset ?? 0)
      return [textNode(raw || `:${node.name}`, format)]
    }
    default:
      report(node, messages.unsupported(unsupportedNames[node.type] ?? node.type), context)
      return []
  }
}

function isText(node: LexicalInline): node is LexicalText {
  return node.type === 'text'
}

// Lexical normalises adjacent text nodes of the same format into one and drops empty ones.
function mergeTexts(nodes: LexicalInline[]): LexicalInline[] {
  const merged: LexicalInline[] = []
  for (const node of nodes) {
    const last = merged.at(-1)
    if (node.type === 'text' && node.text === '') continue
    if (node.type === 'text' && last?.type === 'text' && last.format === node.format) {
      merged[merged.length - 1] = { ...last, text: last.text + node.text }
    } else {
      merged.push(node)
    }
  }
  return merged
}

function report(node: Nodes, message: string, context: Context): void {
  context.issues.push({ line: node.position?.start.line ?? 1, message })
}
