import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { describe, expect, it } from 'vitest'
import { richText } from '../../content-models/schemas/richText.ts'
import { markdownToLexical } from '../../sample-content/index.ts'
import { lexicalText as text } from '../lib/lexicalText.ts'
import { lexicalImport } from './lexicalImport.ts'

const element = { direction: null, format: '', indent: 0, version: 1 }

const toHtml = (markdown: string) => {
  const { richText: data } = markdownToLexical(markdown)
  return convertLexicalToHTML({
    data,
    disableContainer: true,
  })
}

describe('markdownToLexical', () => {
  it('emits the node shapes Payload stores: root, heading, paragraph, text with format bits', () => {
    const { richText: data, issues } = markdownToLexical('## Hej\n\nDu er **velkommen** *her*.')
    expect(issues).toEqual([])
    expect(data).toEqual({
      root: {
        ...element,
        type: 'root',
        children: [
          { ...element, type: 'heading', tag: 'h2', children: [text('Hej')] },
          {
            ...element,
            type: 'paragraph',
            textFormat: 0,
            textStyle: '',
            children: [text('Du er '), text('velkommen', 1), text(' '), text('her', 2), text('.')],
          },
        ],
      },
    })
    expect(richText.safeParse(data).success).toBe(true)
  })

  it('emits links as version 3 custom links with a stable 24-digit id', () => {
    const first = markdownToLexical('Se [Jobnet](https://www.jobnet.dk).', 'a.md').richText
    const again = markdownToLexical('Se [Jobnet](https://www.jobnet.dk).', 'a.md').richText
    const paragraph = first.root.children[0]
    expect(paragraph?.children[1]).toEqual({
      ...element,
      version: 3,
      type: 'link',
      fields: { linkType: 'custom', newTab: false, url: 'https://www.jobnet.dk' },
      id: expect.stringMatching(/^[0-9a-f]{24}$/) as unknown,
      children: [text('Jobnet')],
    })
    expect(again).toEqual(first)
  })

  it('numbers list items and keeps a nested list in a list item of its own', () => {
    const { richText: data } = markdownToLexical('3. et\n4. to\n\n- a\n  - b\n- c')
    const [ordered, bullet] = data.root.children
    expect(ordered).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 3 })
    expect(ordered?.children).toMatchObject([{ value: 3 }, { value: 4 }])
    expect(bullet).toMatchObject({
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      children: [
        { type: 'listitem', value: 1, indent: 0, children: [text('a')] },
        {
          type: 'listitem',
          value: 2,
          indent: 0,
          children: [
            {
              type: 'list',
              children: [{ type: 'listitem', value: 1, indent: 1, children: [text('b')] }],
            },
          ],
        },
        { type: 'listitem', value: 2, indent: 0, children: [text('c')] },
      ],
    })
  })

  it('matches what Lexical’s own Markdown import gives with Payload’s nodes, but for link ids', () => {
    const markdown = [
      '## Overskrift',
      '',
      'En **fed** og *kursiv* og ***begge*** med [et link](https://jobnet.dk) og `kode`.',
      '',
      '### Mindre overskrift',
      '',
      '- et',
      '    - indrykket',
      '- to',
      '',
      '1. første',
      '2. anden',
    ].join('\n')
    const withoutIds = (value: unknown) =>
      JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'id' ? undefined : v))) as unknown
    expect(withoutIds(markdownToLexical(markdown).richText)).toEqual(
      withoutIds(lexicalImport(markdown)),
    )
  })

  it('renders to semantic HTML with Payload’s converter', () => {
    const html = toHtml(
      '## Sådan gør du\n\n### Trin\n\nLæs **det vigtige** og *det andet*.\n\n- Ring til [os](https://example.dk/kontakt)\n- Skriv\n\n1. Et\n2. To',
    )
    expect(html).toContain('<h2>Sådan gør du</h2>')
    expect(html).toContain('<h3>Trin</h3>')
    expect(html).toContain('<p>Læs <strong>det vigtige</strong> og <em>det andet</em>.</p>')
    expect(html).toMatch(
      /<ul class="list-bullet"><li[^>]*>Ring til <a href="https:\/\/example\.dk\/kontakt">os<\/a><\/li><li[^>]*>Skriv<\/li><\/ul>/,
    )
    expect(html).toMatch(/<ol class="list-number"><li[^>]*>Et<\/li><li[^>]*>To<\/li><\/ol>/)
  })

  it('keeps a colon word in running text as text ("kl. 9:30")', () => {
    const { richText: data, issues } = markdownToLexical('Mødet er kl. 9:30, husk:det.')
    expect(issues).toEqual([])
    expect(data.root.children[0]?.children).toEqual([text('Mødet er kl. 9:30, husk:det.')])
  })

  it('reports what rich text cannot hold, with its line', () => {
    const { issues } = markdownToLexical(
      '# Titel\n\n> citat\n\n![billede](a.png)\n\n```\nkode\n```',
    )
    expect(issues).toEqual([
      { line: 1, message: expect.stringContaining('heading level 1') as unknown },
      { line: 3, message: expect.stringContaining('block quote') as unknown },
      { line: 5, message: expect.stringContaining('image') as unknown },
      { line: 7, message: expect.stringContaining('code block') as unknown },
    ])
  })
})
