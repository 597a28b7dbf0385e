import { contentCollections, type ContentCollection } from '../../content-models/index.ts'

/** The collections an internal link can reach on the site. */
type LinkCollection = ContentCollection | 'flows'

/** What an internal link points at: by slug when the CMS gave the document, else by id. */
export type LinkTarget =
  { collection: LinkCollection; slug: string } | { collection: string; id: string | number | null }

const linkCollections: readonly string[] = [...contentCollections, 'flows']

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The target of a Lexical internal link's `doc` (`{ relationTo, value }`), whatever the read
 * depth made of `value`: a populated document (or the `{ slug }` the loader keeps of it), an
 * id (depth 0, or a document the public cannot read), or null (deleted). Undefined when `doc`
 * is not a relation at all.
 */
export function linkTarget(doc: unknown): LinkTarget | undefined {
  if (!isRecord(doc) || typeof doc.relationTo !== 'string') return undefined
  const { relationTo: collection, value } = doc
  if (isRecord(value) && typeof value.slug === 'string' && linkCollections.includes(collection))
    return { collection: collection as LinkCollection, slug: value.slug }
  if (isRecord(value)) {
    const id = value.id
    return { collection, id: typeof id === 'string' || typeof id === 'number' ? id : null }
  }
  return { collection, id: typeof value === 'string' || typeof value === 'number' ? value : null }
}

/** `collection/slug`: how the site names a published document in a set. */
export const pageKey = (collection: string, slug: string) => `${collection}/${slug}`
