import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { RichText } from '../../content-models/index.ts'

/**
 * Drops what the converter adds that the site must not ship: style attributes (a strict
 * Content-Security-Policy refuses them; the design system styles the text), empty classes and
 * `value` on list items (the browser numbers lists itself).
 */
function tidy(html: string): string {
  return html
    .replace(/\s+style="[^"]*"/g, '')
    .replace(/\s+class=""/g, '')
    .replace(/(<li\b[^>]*?)\s+value="\d+"/g, '$1')
    .replace(/<li\s+>/g, '<li>')
}

/**
 * Renders Lexical JSON to semantic HTML at build time (no editor runtime reaches the page).
 * `shiftHeadings` moves headings down when the text sits under a heading of its own.
 */
export function richTextToHtml(content: RichText, shiftHeadings = 0): string {
  const html = convertLexicalToHTML({
    data: content as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
  })
  const clean = tidy(html)
  if (shiftHeadings === 0) return clean
  return clean.replace(
    /<(\/?)h([1-6])(\s|>)/g,
    (_whole, slash: string, level: string, rest: string) => {
      return `<${slash}h${Math.min(6, Number(level) + shiftHeadings)}${rest}`
    },
  )
}
