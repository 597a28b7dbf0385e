import {
  localContentPath,
  localPageCollections,
  municipalityPaths,
  municipalitySlug,
  type Locale,
} from '../../content-models/index.ts'
import { allMunicipalities, localDocuments } from '../lib/entries.ts'
import { pageKey } from '../lib/internalLinks.ts'

const found = new Map<string, Promise<ReadonlyMap<string, string>>>()

/** The municipality a page belongs to (`/kommune/thisted/…` → `thisted`), or undefined for a national page. */
function municipalityOfPath(pathname: string, locale: Locale): string | undefined {
  const prefix = `${municipalityPaths[locale]}/`
  return pathname.startsWith(prefix)
    ? pathname.slice(prefix.length).split('/')[0] || undefined
    : undefined
}

/**
 * On a municipality's own page, that municipality's own pages (`collection/slug` → address in
 * the locale), so its rich text can link them; empty on every other page.
 */
export function localPagesOf(
  pathname: string,
  locale: Locale,
): Promise<ReadonlyMap<string, string>> {
  const slug = municipalityOfPath(pathname, locale)
  if (slug === undefined) return Promise.resolve(new Map())
  const key = `${locale}/${slug}`
  let pages = found.get(key)
  if (!pages) {
    pages = (async () => {
      const municipality = (await allMunicipalities()).find((m) => municipalitySlug(m) === slug)
      if (!municipality) return new Map()
      const entries = await Promise.all(
        localPageCollections.map(async (collection) =>
          (await localDocuments(collection, municipality.code)).map(
            (doc) =>
              [
                pageKey(collection, doc.slug),
                localContentPath({ collection, slug: doc.slug }, slug, locale),
              ] as const,
          ),
        ),
      )
      return new Map(entries.flat())
    })()
    found.set(key, pages)
  }
  return pages
}
