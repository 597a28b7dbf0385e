import { z } from 'zod'
import { slugPattern } from '../slug.ts'

/** A document's URL slug. */
export const slug = z.string().regex(slugPattern, 'must be lower-case letters, digits and hyphens')

/** A key an editor gives a question, step or checklist item: stable inside its document. */
export const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lower-case letters, digits, - or _')

/** The collections a flow step or FAQ may point at. */
export const contentCollections = ['lessons', 'courses', 'videos', 'checklists', 'faqs'] as const
export type ContentCollection = (typeof contentCollections)[number]

/** A reference from one published document to another, by collection and slug. */
export const contentRef = z.strictObject({ collection: z.enum(contentCollections), slug })
export type ContentRef = z.infer<typeof contentRef>

/** Fields every published document has. */
export const documentBase = {
  slug,
  /** Slugs the document had before a rename; the site redirects them to the current one. */
  previousSlugs: z.array(slug).optional(),
  updatedAt: z.string().optional(),
}
