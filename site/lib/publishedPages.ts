import { all } from './entries.ts'
import { pageKey } from './internalLinks.ts'

let pages: Promise<ReadonlySet<string>> | undefined

/** `collection/slug` of every document this build has a page (or FAQ anchor) for; read once. */
export function publishedPages(): Promise<ReadonlySet<string>> {
  pages ??= (async () => {
    const collections = ['flows', 'lessons', 'courses', 'videos', 'checklists', 'faqs'] as const
    const lists = await Promise.all(
      collections.map(async (collection) =>
        (await all(collection)).map((doc) => pageKey(collection, doc.slug)),
      ),
    )
    return new Set(lists.flat())
  })()
  return pages
}
