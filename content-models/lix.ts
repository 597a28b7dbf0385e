import type { LexicalNode, RichText } from './schemas/richText.ts'

/** The counts LIX is computed from, and the score. */
export type LixDetails = { words: number; sentences: number; longWords: number; lix: number }

// A sentence ends at . ! ? or : before a space or the end, and at a line break (a heading or
// list item has no full stop). A full stop before a lower-case letter or a digit is taken
// for an abbreviation ("fx. når", "kl. 9") and does not end the sentence.
const sentenceEnd = /\n|[!?:]+(?=\s|$)|\.+(?=\s*$|\s+[^\s\p{Ll}\p{N}])/u
const wordCharacter = /[\p{L}\p{N}]/gu

/**
 * Counts words (space-separated, holding a letter or digit), sentences and long words
 * (more than 6 letters or digits) and computes LIX = words/sentences + 100·long/words.
 * Empty text scores 0.
 * @example lixDetails('Jeg er ledig. Jeg søger job.') // { words: 6, sentences: 2, longWords: 0, lix: 3 }
 */
export function lixDetails(text: string): LixDetails {
  let words = 0
  let sentences = 0
  let longWords = 0
  for (const sentence of text.split(new RegExp(sentenceEnd, 'gu'))) {
    const tokens = sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token))
    if (tokens.length === 0) continue
    sentences++
    words += tokens.length
    longWords += tokens.filter((token) => (token.match(wordCharacter)?.length ?? 0) > 6).length
  }
  const lix = words === 0 ? 0 : words / sentences + (100 * longWords) / words
  return { words, sentences, longWords, lix }
}

/**
 * The LIX readability score of a text (Björnsson): below 30 very easy, 30–40 easy
 * (the plain-language target), above 50 hard.
 * @example lix('Du skal søge to job om ugen.') // 7
 */
export function lix(text: string): number {
  return lixDetails(text).lix
}

const inlineTypes = new Set(['link', 'autolink', 'mark'])

/**
 * The text of Lexical rich text as a reader meets it: one line per paragraph, heading
 * and list item; line breaks kept; links as their text. Tolerates a value without `root`, as
 * an unchecked CMS field may be.
 * @example lexicalToPlainText(richText) // 'Sådan søger du\nDu skal søge to job om ugen.'
 */
export function lexicalToPlainText(richText: Partial<RichText> | null | undefined): string {
  const children = richText?.root?.children ?? []
  return children
    .map(nodeText)
    .join('')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim()
}

function nodeText(node: LexicalNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (!Array.isArray(node.children)) return ''
  const inner = node.children.map(nodeText).join('')
  return inlineTypes.has(node.type) ? inner : `${inner}\n`
}
