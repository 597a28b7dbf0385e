import { z } from 'zod'
import { eventStringRules } from '../events/fields.ts'
import { slugPattern } from '../slug.ts'

/** A document's URL slug. */
export const slug = z.string().regex(slugPattern, 'must be lower-case letters, digits and hyphens')

/**
 * A key an editor gives a question, step or checklist item: stable inside its document. The
 * rule is the event contract's, since events carry these keys to the tracking API.
 */
export const key = z
  .string()
  .regex(new RegExp(eventStringRules.key.pattern), 'must be lower-case letters, digits, - or _')

/** The collections a flow step or FAQ may point at. */
export const contentCollections = ['lessons', 'courses', 'videos', 'checklists', 'faqs'] as const
/** A collection a flow step or FAQ may point at. */
export type ContentCollection = (typeof contentCollections)[number]

/** A reference from one published document to another, by collection and slug. */
export const contentRef = z.strictObject({ collection: z.enum(contentCollections), slug })
/** A reference to a published document, by collection and slug. */
export type ContentRef = z.infer<typeof contentRef>

/** Fields every published document has. */
export const documentBase = {
  slug,
  /** Slugs the document had before a rename; the site redirects them to the current one. */
  previousSlugs: z.array(slug).optional(),
  updatedAt: z.string().optional(),
  /**
   * The official code of the municipality the document belongs to (local content), or absent
   * for national content every municipality shares.
   */
  municipality: z
    .string()
    .regex(/^\d{3}$/)
    .nullish(),
}
