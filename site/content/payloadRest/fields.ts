import type { ContentCollection } from '../../../content-models/index.ts'

/** A JSON object as Payload answers it; every field is checked by the content-models schema after mapping. */
export type Row = Record<string, unknown>

/** The object at `value`, or an empty one: mapping never throws, the schema reports what is missing. */
export function row(value: unknown): Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : {}
}

/** The rows of an array field (Payload answers `null` or leaves out an empty array). */
export function rows(value: unknown): Row[] {
  return Array.isArray(value) ? value.map(row) : []
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

/**
 * A localized value from `?locale=all` (`{ da, en }`). A plain value (a field Payload does not
 * localize) counts as Danish. English left empty becomes null, so the site falls back to Danish.
 */
export function localizedValue(value: unknown): { da: unknown; en: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('da' in value)) {
    return { da: value ?? undefined, en: null }
  }
  const { da, en } = value as { da?: unknown; en?: unknown }
  return { da: da ?? undefined, en: isBlank(en) || (Array.isArray(en) && en.length === 0) ? null : en }
}

/** A localized text the schema requires but allows empty (a summary, an intro): empty Danish is ''. */
export function textOrEmpty(value: unknown): { da: unknown; en: unknown } {
  const text = localizedValue(value)
  return { da: isBlank(text.da) ? '' : text.da, en: text.en }
}

/** An optional localized text: null when neither locale has one. */
export function optionalText(value: unknown): { da: unknown; en: unknown } | null {
  const text = localizedValue(value)
  return isBlank(text.da) && isBlank(text.en) ? null : text
}

/**
 * The slug of a populated relationship (`depth=1`). An id alone means Payload would not
 * populate it for an anonymous reader (the document is not published): the slug stays
 * undefined, so the schema names the field.
 */
export function slugOf(value: unknown): string | undefined {
  const slug = row(value).slug
  return typeof slug === 'string' ? slug : undefined
}

/** A polymorphic relationship (`{ relationTo, value }`) as a content reference by slug. */
export function contentRefOf(value: unknown): { collection: ContentCollection; slug: string | undefined } | null {
  const ref = row(value)
  if (typeof ref.relationTo !== 'string') return null
  return { collection: ref.relationTo as ContentCollection, slug: slugOf(ref.value) }
}

/** A JSON field (a condition): Payload answers null for an empty one. */
export function jsonOrNull(value: unknown): unknown {
  return isBlank(value) ? null : value
}

/**
 * Fields every published document carries. `previousSlugs` (kept by the CMS when a published
 * document's slug changes) is passed on when Payload answers it, for the site's redirects.
 */
export function base(doc: Row): { slug: unknown; previousSlugs?: unknown; updatedAt?: string } {
  const previous = Array.isArray(doc.previousSlugs) ? doc.previousSlugs : []
  return {
    slug: doc.slug,
    ...(previous.length > 0 ? { previousSlugs: previous } : {}),
    ...(typeof doc.updatedAt === 'string' ? { updatedAt: doc.updatedAt } : {}),
  }
}
