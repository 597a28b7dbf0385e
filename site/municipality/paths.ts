import {
  localContentPath,
  municipalityPath,
  municipalitySlug,
  type Locale,
} from '../../content-models/index.ts'
import { allMunicipalities, localDocuments } from '../lib/entries.ts'

/** `getStaticPaths` of a municipality's landing page: one per municipality, by its address segment. */
export async function municipalityPagePaths(): Promise<{ params: { municipality: string } }[]> {
  return (await allMunicipalities()).map((m) => ({ params: { municipality: municipalitySlug(m) } }))
}

/** `getStaticPaths` of local lessons: each under its own municipality. */
export async function localLessonPaths(): Promise<
  { params: { municipality: string; slug: string } }[]
> {
  const lists = await Promise.all(
    (await allMunicipalities()).map(async (m) =>
      (await localDocuments('lessons', m.code)).map((lesson) => ({
        params: { municipality: municipalitySlug(m), slug: lesson.slug },
      })),
    ),
  )
  return lists.flat()
}

/** A municipality's landing page, or one of its lessons, in both locales. */
export function localPaths(municipality: string, lesson?: string): Record<Locale, string> {
  const path = (locale: Locale) =>
    lesson === undefined
      ? municipalityPath(municipality, locale)
      : localContentPath({ collection: 'lessons', slug: lesson }, municipality, locale)
  return { da: path('da'), en: path('en') }
}
