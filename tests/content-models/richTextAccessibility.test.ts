import { describe, expect, test } from 'vitest'
import { richTextProblems } from '../../content-models/richTextAccessibility.ts'
import type { RichText } from '../../content-models/index.ts'
import { markdownToLexical } from '../../sample-content/index.ts'

const text = (markdown: string): RichText => markdownToLexical(markdown).richText
// The sample's Markdown stops at ###; the CMS editor also offers H4.
const withH4 = (markdown: string, heading: string) => {
  const richText = text(markdown)
  richText.root.children.push({
    type: 'heading',
    tag: 'h4',
    children: [{ type: 'text', text: heading }],
  })
  return richText
}

describe('richTextProblems', () => {
  test('accepts headings that go down one level at a time, and links that say where they go', () => {
    const body = text(
      '## Før samtalen\n\nLæs [dine pligter på borger.dk](https://borger.dk).\n\n### Det skal du have med\n\nDit CV.\n\n## Efter samtalen\n\nSkriv i jobloggen.',
    )
    expect(richTextProblems([body])).toEqual([])
  })

  test('finds a heading that skips a level, and a first heading below H2', () => {
    expect(richTextProblems([withH4('## Før\n\nTekst.', 'Detaljer')])).toEqual([
      { rule: 'headingSkipsLevel', heading: 'Detaljer', level: 4, previous: 2, index: 0 },
    ])
    expect(richTextProblems([text('### Detaljer\n\nTekst.')])).toEqual([
      { rule: 'firstHeadingTooDeep', heading: 'Detaljer', level: 3, index: 0 },
    ])
  })

  test('follows the headings across the rich text values of one page, in order', () => {
    const first = text('## Før samtalen\n\nTekst.')
    const second = text('### Det skal du have med\n\nTekst.')
    expect(richTextProblems([first, second, withH4('Tekst.', 'Detaljer')])).toEqual([])
    expect(richTextProblems([second, first])).toEqual([
      { rule: 'firstHeadingTooDeep', heading: 'Det skal du have med', level: 3, index: 0 },
    ])
  })

  test('finds links that say nothing, in Danish and English, and links whose text is an address', () => {
    const body = text(
      'Book en tid [klik her](https://jobnet.dk). Or [Read more…](https://jobnet.dk). Se [https://www.borger.dk/dagpenge](https://www.borger.dk/dagpenge).',
    )
    expect(richTextProblems([body])).toEqual([
      { rule: 'linkTextVague', text: 'klik her', index: 0 },
      { rule: 'linkTextVague', text: 'Read more…', index: 0 },
      { rule: 'linkTextIsAddress', text: 'https://www.borger.dk/dagpenge', index: 0 },
    ])
  })

  test('finds a link without text', () => {
    const body = text('Tekst.')
    body.root.children.push({
      type: 'paragraph',
      children: [{ type: 'link', fields: { url: 'https://jobnet.dk' }, children: [] }],
    })
    expect(richTextProblems([body])).toEqual([{ rule: 'linkWithoutText', index: 0 }])
  })
})
