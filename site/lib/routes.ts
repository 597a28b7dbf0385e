import type { ContentCollection, ContentRef, Locale } from '../../content-models/index.ts'

/** The site's fixed pages, each with its Danish and English path. */
export const pagePaths = {
  home: { da: '/', en: '/en/' },
  faq: { da: '/spoergsmaal', en: '/en/faq' },
  accessibility: { da: '/tilgaengelighed', en: '/en/accessibility' },
  search: { da: '/soeg', en: '/en/search' },
  myData: { da: '/mine-data', en: '/en/my-data' },
} as const satisfies Record<string, Record<Locale, string>>

export type PageName = keyof typeof pagePaths

/** The folder each collection's pages live under, per locale (content slugs stay the same). */
export const collectionPaths = {
  flows: { da: '/forloeb', en: '/en/flows' },
  lessons: { da: '/laer', en: '/en/learn' },
  courses: { da: '/kurser', en: '/en/courses' },
  videos: { da: '/video', en: '/en/video' },
  checklists: { da: '/tjekliste', en: '/en/checklist' },
} as const satisfies Record<Exclude<ContentCollection, 'faqs'> | 'flows', Record<Locale, string>>

/** The path of a fixed page. */
export function pagePath(page: PageName, locale: Locale): string {
  return pagePaths[page][locale]
}

/** The path of a document's page; a FAQ is an anchor on the FAQ page. */
export function contentPath(
  ref: ContentRef | { collection: 'flows'; slug: string },
  locale: Locale,
): string {
  if (ref.collection === 'faqs') return `${pagePaths.faq[locale]}#${ref.slug}`
  return `${collectionPaths[ref.collection][locale]}/${ref.slug}`
}

/** The same page in the other locale: fixed pages and collection folders are translated. */
export function translatePath(path: string, to: Locale): string {
  const [pathname = '/', hash] = path.split('#')
  const suffix = hash === undefined ? '' : `#${hash}`
  const from: Locale = pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'da'
  const clean = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  for (const paths of Object.values(pagePaths)) {
    if (
      paths[from].replace(/\/+$/, '') === clean.replace(/\/+$/, '') ||
      (clean === '/en' && paths[from] === '/en/')
    ) {
      return paths[to] + suffix
    }
  }
  for (const paths of Object.values(collectionPaths)) {
    if (clean.startsWith(`${paths[from]}/`))
      return paths[to] + clean.slice(paths[from].length) + suffix
  }
  return path
}
