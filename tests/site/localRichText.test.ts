// Internal links to a municipality's own lesson: linked on that municipality's pages (to its
// address under the municipality), plain text on national pages, which never show local content.
import { describe, expect, test } from 'vitest'
import type { RichText } from '../../content-models/index.ts'
import { richTextToHtml } from '../../site/lib/richText.ts'

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const linkTo = (collection: string, slug: string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: collection, value: { slug } } },
            children: [text('infomødet')],
          },
        ],
      },
    ],
  },
})
const published = new Set(['lessons/din-a-kasse'])

describe('links to a local lesson', () => {
  test('on its municipality’s page: linked under the municipality', () => {
    const localPages = new Map([['lessons/infomoede', '/kommune/thisted/laer/infomoede']])
    const html = richTextToHtml(linkTo('lessons', 'infomoede') as RichText, {
      locale: 'da',
      published,
      localPages,
    })
    expect(html).toBe('<p><a href="/kommune/thisted/laer/infomoede">infomødet</a></p>')
  })

  test('on a national page: plain text, and the build is told', () => {
    const dead: string[] = []
    const html = richTextToHtml(linkTo('lessons', 'infomoede') as RichText, {
      locale: 'da',
      published,
      onDeadLink: (message) => dead.push(message),
    })
    expect(html).toBe('<p>infomødet</p>')
    expect(dead).toEqual([
      'the link "infomødet" points at lessons "infomoede", which has no page on the site: shown as plain text',
    ])
  })

  test('a national lesson stays linked at its national address on a local page', () => {
    const localPages = new Map([['lessons/infomoede', '/kommune/thisted/laer/infomoede']])
    const html = richTextToHtml(linkTo('lessons', 'din-a-kasse') as RichText, {
      locale: 'en',
      published,
      localPages,
    })
    expect(html).toBe('<p><a href="/en/learn/din-a-kasse">infomødet</a></p>')
  })
})
