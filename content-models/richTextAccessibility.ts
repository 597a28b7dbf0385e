import type { LexicalNode, RichText } from './schemas/richText.ts'

/** Something in rich text that a screen reader user cannot follow, found before publishing. */
export type RichTextProblem =
  | { rule: 'firstHeadingTooDeep'; heading: string; level: number }
  | { rule: 'headingSkipsLevel'; heading: string; level: number; previous: number }
  | { rule: 'linkWithoutText' }
  | { rule: 'linkTextVague'; text: string }
  | { rule: 'linkTextIsAddress'; text: string }

// Link texts that say nothing about where the link goes (WCAG 2.4.4), Danish and English.
const vagueLinkTexts = new Set([
  'her',
  'klik her',
  'tryk her',
  'se her',
  'læs her',
  'læs mere',
  'læs mere her',
  'mere',
  'mere info',
  'link',
  'linket',
  'dette link',
  'here',
  'click here',
  'read more',
  'more',
  'more info',
  'this link',
])

const linkTypes = new Set(['link', 'autolink'])
const webAddress = /^(https?:\/\/|www\.)\S+$/i

function textOf(node: LexicalNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  return (node.children ?? []).map(textOf).join('')
}

/**
 * Problems of the rich text values of one page, given in the order the page shows them:
 * a heading that skips a level (the page title is the h1), and links whose text is missing,
 * says nothing ("klik her") or is a web address.
 * @example richTextProblems([body]) // [{ rule: 'linkTextVague', text: 'klik her' }]
 */
export function richTextProblems(
  richTexts: RichText[],
): Array<RichTextProblem & { index: number }> {
  const problems: Array<RichTextProblem & { index: number }> = []
  let previous = 1
  const visit = (node: LexicalNode, index: number) => {
    if (node.type === 'heading' && typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag)) {
      const level = Number(node.tag.slice(1))
      const heading = textOf(node).trim()
      if (level > previous + 1) {
        problems.push(
          previous === 1
            ? { rule: 'firstHeadingTooDeep', heading, level, index }
            : { rule: 'headingSkipsLevel', heading, level, previous, index },
        )
      }
      previous = level
    }
    if (linkTypes.has(node.type)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim()
      const plain = text.toLowerCase().replace(/[\s.:!…»›→-]+$/u, '')
      if (text === '') problems.push({ rule: 'linkWithoutText', index })
      else if (vagueLinkTexts.has(plain)) problems.push({ rule: 'linkTextVague', text, index })
      else if (webAddress.test(text)) problems.push({ rule: 'linkTextIsAddress', text, index })
      return
    }
    for (const child of node.children ?? []) visit(child, index)
  }
  richTexts.forEach((richText, index) => {
    for (const node of richText.root.children) visit(node, index)
  })
  return problems
}
