import { foldLetters } from './fold.ts'

/**
 * The id a heading gets on the page and the anchor an answer links to: its text folded and
 * joined with hyphens. The lesson page and the answer index both use this, so they agree.
 * @example headingAnchor('Det gør a-kassen') // 'det-goer-a-kassen'
 */
export function headingAnchor(text: string): string {
  const slug = foldLetters(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug || 'afsnit'
}
