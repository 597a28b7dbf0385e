import { officialMunicipalities } from './data/officialMunicipalities.ts'
import type { Locale } from './locales.ts'
import type { ContentCollection } from './schemas/common.ts'
import { slugify } from './slug.ts'

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

/** The folder each municipality's own pages live under, per locale: `/kommune/thisted/…`. */
export const municipalityPaths = {
  da: '/kommune',
  en: '/en/municipality',
} as const satisfies Record<Locale, string>

/** The collections a municipality may have pages of its own for (local lessons). */
export const localPageCollections = ['lessons'] as const
/** A collection with local pages. */
export type LocalPageCollection = (typeof localPageCollections)[number]

/**
 * A municipality's address segment, from its official name when the code is an official one
 * (101 → `koebenhavn`), else from its name without "Kommune" (the project's slug rules).
 * @example municipalitySlug({ code: '787', name: 'Thisted Kommune' }) // 'thisted'
 */
export function municipalitySlug(municipality: { code: string; name: string }): string {
  const official = officialMunicipalities.find(([code]) => code === municipality.code)?.[1]
  return slugify(official ?? municipality.name.replace(/\s+kommune$/i, ''))
}

/**
 * The landing page of a municipality (its contact, hours, booking and local pages).
 * @example municipalityPath('thisted', 'en') // '/en/municipality/thisted'
 */
export function municipalityPath(slug: string, locale: Locale): string {
  return `${municipalityPaths[locale]}/${slug}`
}

/**
 * The path of a municipality's own document: under the municipality, in the collection's folder.
 * @example localContentPath({ collection: 'lessons', slug: 'infomoede' }, 'thisted', 'da') // '/kommune/thisted/laer/infomoede'
 */
export function localContentPath(
  ref: { collection: LocalPageCollection; slug: string },
  municipality: string,
  locale: Locale,
): string {
  const folder = collectionPaths[ref.collection][locale].replace(/^\/en\//, '/')
  return `${municipalityPath(municipality, locale)}${folder}/${ref.slug}`
}

/** The list of the install's municipalities (MunicipalityListEntry[]), written by the build. */
export const municipalityListPath = '/kommuner/index.json'

/**
 * What the site knows about one municipality in one locale (MunicipalityData), written by the build.
 * @example municipalityDataPath('787', 'da') // '/kommuner/da/787.json'
 */
export function municipalityDataPath(code: string, locale: Locale): string {
  return `/kommuner/${locale}/${code}.json`
}
