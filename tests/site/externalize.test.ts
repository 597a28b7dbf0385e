import { describe, expect, it } from 'vitest'
import { externalizeInline } from '../../site/integrations/externalize.ts'
import { contentPath, translatePath } from '../../site/lib/routes.ts'
import { richTextToHtml } from '../../site/lib/richText.ts'

describe('moving inline scripts and styles into files', () => {
  it('replaces inline scripts and styles, keeping order, type and JSON data blocks', () => {
    const page =
      '<style>a{b:c}</style><script>one()</script><script type="module">two()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>'
    const { html, assets } = externalizeInline(page)
    expect(assets.map((asset) => asset.content)).toEqual(['one()', 'two()', 'a{b:c}'])
    expect(html).toMatch(
      /^<link rel="stylesheet" href="\/_astro\/inline-[0-9a-f]{16}\.css"><script src="\/_astro\/inline-[0-9a-f]{16}\.js"><\/script><script type="module" src="\/_astro\/inline-[0-9a-f]{16}\.js"><\/script><script type="application\/ld\+json">\{\}<\/script><script src="\/x\.js"><\/script>$/,
    )
  })

  it('names a file after its content, so pages share one copy', () => {
    const a = externalizeInline('<script>same()</script>')
    const b = externalizeInline('<p></p><script>same()</script>')
    expect(a.assets[0]?.path).toBe(b.assets[0]?.path)
  })
})

describe('routes', () => {
  it('builds Danish and English paths for every kind of page', () => {
    expect(contentPath({ collection: 'lessons', slug: 'din-a-kasse' }, 'da')).toBe(
      '/laer/din-a-kasse',
    )
    expect(contentPath({ collection: 'lessons', slug: 'din-a-kasse' }, 'en')).toBe(
      '/en/learn/din-a-kasse',
    )
    expect(contentPath({ collection: 'faqs', slug: 'x' }, 'en')).toBe('/en/faq#x')
    expect(contentPath({ collection: 'flows', slug: 'y' }, 'da')).toBe('/forloeb/y')
  })

  it('translates a path to the other locale, keeping the slug and anchor', () => {
    expect(translatePath('/forloeb/ny-paa-dagpenge', 'en')).toBe('/en/flows/ny-paa-dagpenge')
    expect(translatePath('/en/checklist/god-ansoegning', 'da')).toBe('/tjekliste/god-ansoegning')
    expect(translatePath('/spoergsmaal#hvad-er-jobloggen', 'en')).toBe('/en/faq#hvad-er-jobloggen')
    expect(translatePath('/', 'en')).toBe('/en/')
    expect(translatePath('/en/', 'da')).toBe('/')
    expect(translatePath('/en', 'da')).toBe('/')
    expect(translatePath('/mine-data', 'en')).toBe('/en/my-data')
  })
})

describe('rich text', () => {
  it('renders Lexical JSON without style attributes, shifting headings under a heading of its own', () => {
    const heading = {
      type: 'heading',
      tag: 'h2',
      children: [{ type: 'text', text: 'Emne', format: 0, style: 'color: red' }],
    }
    const list = {
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      children: [
        { type: 'listitem', value: 1, children: [{ type: 'text', text: 'Punkt', format: 0 }] },
      ],
    }
    const html = richTextToHtml(
      { root: { type: 'root', children: [heading, list] } },
      { locale: 'da', shiftHeadings: 1, published: new Set() },
    )
    expect(html).toContain('<h3>Emne</h3>')
    expect(html).not.toMatch(/style=|value=/)
  })
})
