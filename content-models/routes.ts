import type { Locale } from './locales.ts'
import type { ContentCollection } from './schemas/common.ts'

/** The site's fixed pages, each with its Danish and English path. */
export const pagePaths = {
  home: { da: '/', en: '/en/' },
  faq: { da: '/spoergsmaal', en: '/en/faq' },
  accessibility: { da: '/tilgaengelighed', en: '/en/accessibility' },
  search: { da: '/soeg', en: '/en/search' },
  myData: { da: '/mine-data', en: '/en/my-data' },
  ask: { da: '/spoerg', en: '/en/ask' },
} as const satisfies Record<string, Record<Locale, string>>

/** The name of one of the site's fixed pages. */
export type PageName = keyof typeof pagePaths

/** The folder each collection's pages live under, per locale (content slugs stay the same). */
export const collectionPaths = {
  flows: { da: '/forloeb', en: '/en/flows' },
  lessons: { da: '/laer', en: '/en/learn' },
  courses: { da: '/kurser', en: '/en/courses' },
  videos: { da: '/video', en: '/en/video' },
  checklists: { da: '/tjekliste', en: '/en/checklist' },
} as const satisfies Record<Exclude<ContentCollection, 'faqs'> | 'flows', Record<Locale, string>>

/** A published document the site has a page (or, for a FAQ, an anchor) for. */
export type PageRef = { collection: ContentCollection | 'flows'; slug: string }

/**
 * The path of a document on the citizen site; a FAQ is an anchor on the FAQ page.
 * @example contentPath({ collection: 'lessons', slug: 'din-a-kasse' }, 'en') // '/en/learn/din-a-kasse'
 */
export function contentPath(ref: PageRef, locale: Locale): string {
  if (ref.collection === 'faqs') return `${pagePaths.faq[locale]}#${ref.slug}`
  return `${collectionPaths[ref.collection][locale]}/${ref.slug}`
}
