// The sample importer (sample-content/toLexical.ts) writes Lexical JSON the site renders:
// every rich text of the bundled sample content, and each Markdown construct the importer takes.
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { markdownToLexical, readSampleContent } from '../../sample-content/index.ts'
import type { RichText } from '../../content-models/index.ts'
import { pageKey } from '../../site/lib/internalLinks.ts'
import { richTextToHtml } from '../../site/lib/richText.ts'

const options = { locale: 'da' as const, published: new Set<string>() }
const render = (markdown: string) => richTextToHtml(markdownToLexical(markdown).richText, options)

/** Every rich-text value anywhere in a document (an object with a Lexical `root`). */
function richTexts(value: unknown): RichText[] {
  if (Array.isArray(value)) return value.flatMap(richTexts)
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  if ((record.root as { type?: unknown } | undefined)?.type === 'root') return [value as RichText]
  return Object.values(record).flatMap(richTexts)
}

describe('the sample importer’s rich text renders', () => {
  test('every rich text of the sample content, with no style attribute', () => {
    const sample = readSampleContent(fileURLToPath(new URL('../../content', import.meta.url)))
    const published = new Set(
      (['flows', 'lessons', 'courses', 'videos', 'checklists', 'faqs'] as const).flatMap(
        (collection) => sample[collection].map((doc) => pageKey(collection, doc.slug)),
      ),
    )
    const texts = richTexts(sample)
    expect(texts.length).toBeGreaterThan(20)
    for (const text of texts) {
      const html = richTextToHtml(text, { locale: 'da', published })
      expect(html).not.toMatch(/\sstyle=|unknown node/)
    }
  })

  test.each([
    ['**fed**', '<strong>fed</strong>'],
    ['*kursiv*', '<em>kursiv</em>'],
    ['`kode`', '<code>kode</code>'],
    ['## Emne\n\n### Under', '<h2>Emne</h2><h3>Under</h3>'],
    ['- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['3. a\n4. b', '<ol start="3"><li>a</li><li>b</li></ol>'],
    ['- a\n  - b\n- c', '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>'],
    [
      '[borger.dk om ledighed](https://www.borger.dk/)',
      '<a href="https://www.borger.dk/">borger.dk om ledighed</a>',
    ],
    ['linje  \nto', 'linje<br />to'],
  ])('%s', (markdown, element) => {
    expect(render(markdown)).toContain(element)
  })
})
