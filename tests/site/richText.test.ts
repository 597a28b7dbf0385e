// What the renderer does with content the editor no longer offers (saved before the editor
// stopped offering it, or written by hand through the API).
import { describe, expect, test } from 'vitest'
import { richTextToHtml, UnrenderableRichText } from '../../site/lib/richText.ts'
import type { RichText } from '../../content-models/index.ts'

const options = { locale: 'da' as const, published: new Set<string>() }
const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const doc = (...children: object[]) => ({ root: { type: 'root', children } }) as RichText

describe('content the editor no longer offers', () => {
  test('a node without a converter (an upload) stops the build, naming the node', () => {
    const upload = { type: 'upload', relationTo: 'media', value: 1, version: 3 }
    expect(() => richTextToHtml(doc(upload), options)).toThrow(UnrenderableRichText)
    expect(() => richTextToHtml(doc(upload), options)).toThrow('"upload" node')
  })

  test('alignment and indents are left out, the text stays', () => {
    const aligned = { type: 'paragraph', format: 'center', indent: 2, children: [text('Midt')] }
    expect(richTextToHtml(doc(aligned), options)).toBe('<p>Midt</p>')
  })

  test('a tick list becomes a plain list', () => {
    const ticks = {
      type: 'list',
      listType: 'check',
      tag: 'ul',
      start: 1,
      children: [{ type: 'listitem', checked: true, value: 1, children: [text('Gjort')] }],
    }
    expect(richTextToHtml(doc(ticks), options)).toBe('<ul><li>Gjort</li></ul>')
  })
})
