import type { LexicalNode, RichText } from '../../../content-models/browser.ts'

/** A line of rich text as plain text: a heading (with its level) or a paragraph/list item. */
export type TextLine = { heading?: number; text: string }

function inline(node: LexicalNode): string {
  if (node.type === 'linebreak') return ' '
  if (typeof node.text === 'string') return node.text
  return (node.children ?? [])
    .filter((child) => child.type !== 'list')
    .map(inline)
    .join('')
}

function linesOf(node: LexicalNode, lines: TextLine[]): void {
  if (node.type === 'heading') {
    const level = Number(/^h([1-6])$/.exec(String(node.tag))?.[1] ?? 2)
    lines.push({ heading: level, text: inline(node).trim() })
  } else if (node.type === 'list') {
    for (const item of node.children ?? []) {
      const text = inline(item).trim()
      if (text) lines.push({ text })
      for (const child of item.children ?? []) if (child.type === 'list') linesOf(child, lines)
    }
  } else if (node.type === 'paragraph' || node.type === 'quote') {
    const text = inline(node).trim()
    if (text) lines.push({ text })
  } else {
    for (const child of node.children ?? []) linesOf(child, lines)
  }
}

/** Rich text as lines of plain text, headings marked, in reading order. */
export function richTextLines(content: RichText): TextLine[] {
  const lines: TextLine[] = []
  for (const node of content.root.children) linesOf(node, lines)
  return lines
}
