import type { Field, FieldHook, TypeWithID } from 'payload'
import { slugify, slugPattern } from '../../content-models/index.ts'
import { message } from '../messages.ts'

type Doc = TypeWithID & Record<string, unknown>
type SlugHook = FieldHook<Doc, unknown, Record<string, unknown>>

const fillFromTitle =
  (source: string): SlugHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const title = data?.[source]
    return typeof title === 'string' ? slugify(title) : value
  }

/** A changed slug of a published document keeps the old one, so the site can redirect it. */
const keepPreviousSlug: SlugHook = ({ value, originalDoc, siblingData }) => {
  const before = originalDoc?.slug
  if (originalDoc?._status === 'published' && typeof before === 'string' && before !== value) {
    const previous = Array.isArray(originalDoc.previousSlugs)
      ? (originalDoc.previousSlugs as string[])
      : []
    siblingData.previousSlugs = [...new Set([...previous, before])].filter((slug) => slug !== value)
  }
  return value
}

/**
 * The document's web address: made from the title (æ→ae, ø→oe, å→aa) when left empty,
 * never regenerated afterwards, unique in its collection.
 */
export function slugFields(source = 'title'): Field[] {
  return [
    {
      name: 'slug',
      type: 'text',
      label: { da: 'Adresse (slug)', en: 'Address (slug)' },
      index: true,
      unique: true,
      admin: {
        position: 'sidebar',
        description: {
          da: 'Laves ud fra titlen, hvis du lader feltet stå tomt. Ændres ikke af sig selv senere.',
          en: 'Made from the title if left empty. Never changes by itself afterwards.',
        },
      },
      hooks: { beforeValidate: [fillFromTitle(source)], beforeChange: [keepPreviousSlug] },
      validate: (value: unknown, { req }: { req: Parameters<typeof message>[0] }) =>
        typeof value === 'string' && slugPattern.test(value) ? true : message(req, 'slugInvalid'),
    },
    {
      name: 'previousSlugs',
      type: 'text',
      hasMany: true,
      label: { da: 'Tidligere adresser', en: 'Previous addresses' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ]
}
