import { expect, test } from 'vitest'
import type { RichText } from '../../content-models/index.ts'
import { richTextToHtml } from '../../site/lib/richText.ts'

const heading = (tag: string, value: string) => ({
  type: 'heading',
  tag,
  children: [{ type: 'text', text: value, format: 0, version: 1 }],
})
const doc = { root: { type: 'root', children: [heading('h2', 'Det gør a-kassen')] } } as RichText
const options = { locale: 'da' as const, published: new Set<string>() }

test("a lesson's headings carry the anchor the answer index links to, only when asked", () => {
  expect(richTextToHtml(doc, { ...options, headingIds: true })).toBe(
    '<h2 id="det-goer-a-kassen">Det gør a-kassen</h2>',
  )
  expect(richTextToHtml(doc, options)).toBe('<h2>Det gør a-kassen</h2>')
})
