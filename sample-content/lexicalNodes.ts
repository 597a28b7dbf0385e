/**
 * Lexical JSON nodes exactly as Payload's Lexical editor serialises them (Lexical 0.50,
 * @payloadcms/richtext-lexical 3.90), for the subset the sample content uses.
 * `direction` is null, as Lexical's own Markdown import leaves it.
 */

/** Text format bits (Lexical's `format` on text nodes). */
export const textFormat = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const

type ElementBase = { direction: null; format: ''; indent: number; version: number }

export type LexicalText = {
  detail: 0
  format: number
  mode: 'normal'
  style: ''
  text: string
  type: 'text'
  version: 1
}
export type LexicalLineBreak = { type: 'linebreak'; version: 1 }
export type LexicalLink = ElementBase & {
  children: LexicalText[]
  type: 'link'
  fields: { linkType: 'custom'; newTab: false; url: string }
  id: string
}
export type LexicalInline = LexicalText | LexicalLineBreak | LexicalLink
export type LexicalParagraph = ElementBase & {
  children: LexicalInline[]
  type: 'paragraph'
  textFormat: 0
  textStyle: ''
}
export type LexicalHeading = ElementBase & {
  children: LexicalInline[]
  type: 'heading'
  tag: 'h2' | 'h3'
}
export type LexicalListItem = ElementBase & {
  children: (LexicalInline | LexicalList)[]
  type: 'listitem'
  value: number
}
export type LexicalList = ElementBase & {
  children: LexicalListItem[]
  type: 'list'
  listType: 'bullet' | 'number'
  start: number
  tag: 'ul' | 'ol'
}
export type LexicalBlock = LexicalParagraph | LexicalHeading | LexicalList
export type LexicalRoot = { root: ElementBase & { children: LexicalBlock[]; type: 'root' } }

const element = (indent = 0, version = 1): ElementBase => ({
  direction: null,
  format: '',
  indent,
  version,
})

/** A run of text with a format bitmask. */
export function textNode(text: string, format: number): LexicalText {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 }
}

/** A hard line break inside a block. */
export function lineBreakNode(): LexicalLineBreak {
  return { type: 'linebreak', version: 1 }
}

/** A custom (external or site-relative) link; `id` is what Payload keeps for link fields. */
export function linkNode(url: string, children: LexicalText[], id: string): LexicalLink {
  const fields = { linkType: 'custom', newTab: false, url } as const
  return { children, ...element(0, 3), type: 'link', fields, id }
}

export function paragraphNode(children: LexicalInline[]): LexicalParagraph {
  return { children, ...element(), type: 'paragraph', textFormat: 0, textStyle: '' }
}

export function headingNode(tag: 'h2' | 'h3', children: LexicalInline[]): LexicalHeading {
  return { children, ...element(), type: 'heading', tag }
}

export function listNode(
  ordered: boolean,
  start: number,
  children: LexicalListItem[],
): LexicalList {
  const listType = ordered ? 'number' : 'bullet'
  return { children, ...element(), type: 'list', listType, start, tag: ordered ? 'ol' : 'ul' }
}

export function listItemNode(
  children: (LexicalInline | LexicalList)[],
  indent: number,
  value: number,
): LexicalListItem {
  return { children, ...element(indent), type: 'listitem', value }
}

export function rootNode(children: LexicalBlock[]): LexicalRoot {
  return { root: { children, ...element(), type: 'root' } }
}

/**
 * A stable 24-hex-digit id (the length of the ObjectID Payload gives a link), so the
 * same Markdown always gives the same JSON.
 */
export function stableId(seed: string): string {
  let hex = ''
  for (let round = 0; round < 3; round++) {
    let hash = 0x811c9dc5 ^ round
    for (let i = 0; i < seed.length; i++) {
      hash ^= seed.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
    hex += (hash >>> 0).toString(16).padStart(8, '0')
  }
  return hex
}
