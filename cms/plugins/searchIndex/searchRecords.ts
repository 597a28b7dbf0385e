import {
  contentPath,
  lexicalToPlainText,
  locales,
  type Locale,
  type RichText,
} from '../../../content-models/index.ts'

/** One search record per document and locale, as Algolia stores it. */
export type SearchRecord = {
  objectID: string
  type: string
  locale: Locale
  title: string
  summary: string
  body: string
  url: string
}

type Localized<T> = { da?: T | null; en?: T | null } | null | undefined
type Doc = Record<string, unknown> & { slug?: string }

// Algolia refuses records over 10 KB; the start of a text is what search needs.
const maxBody = 6000
const pick = (value: unknown, locale: Locale): unknown => {
  const localized = value as Localized<unknown>
  return localized?.[locale] ?? localized?.da ?? undefined
}
const text = (value: unknown, locale: Locale) => (pick(value, locale) as string | undefined) ?? ''
const rich = (value: unknown, locale: Locale) =>
  lexicalToPlainText((pick(value, locale) as RichText | undefined) ?? null)

function bodyOf(collection: string, doc: Doc, locale: Locale): string {
  switch (collection) {
    case 'lessons': {
      const blocks = (pick(doc.body, locale) as { content?: RichText }[] | undefined) ?? []
      return blocks
        .map((block) => (block.content ? lexicalToPlainText(block.content) : ''))
        .join('\n')
    }
    case 'faqs':
      return rich(doc.answer, locale)
    case 'videos':
      return rich(doc.transcript, locale)
    case 'checklists':
      return [
        text(doc.intro, locale),
        ...((doc.items as { label?: unknown }[] | undefined) ?? []).map((item) =>
          text(item.label, locale),
        ),
      ].join('\n')
    case 'flows':
      return ((doc.steps as { title?: unknown }[] | undefined) ?? [])
        .map((step) => text(step.title, locale))
        .join('\n')
    default:
      return ''
  }
}

/** The objectIDs a document has (or had, under an earlier slug) in the index. */
export function searchObjectIds(collection: string, slugs: string[]): string[] {
  return slugs.flatMap((slug) => locales.map((locale) => `${collection}/${slug}/${locale}`))
}

/**
 * A published document (read with `locale: 'all'`) as one record per locale: title,
 * summary, plain-text body and its URL on the citizen site. English falls back to Danish.
 */
export function searchRecords(collection: string, doc: Doc): SearchRecord[] {
  const slug = doc.slug ?? ''
  return locales.map((locale) => ({
    objectID: `${collection}/${slug}/${locale}`,
    type: collection,
    locale,
    title: text(collection === 'faqs' ? doc.question : doc.title, locale),
    summary: text(collection === 'faqs' ? doc.category : doc.summary, locale),
    body: bodyOf(collection, doc, locale).slice(0, maxBody),
    url: contentPath({ collection: collection as 'lessons', slug }, locale),
  }))
}
