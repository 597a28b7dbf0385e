import { linkTarget } from '../../lib/internalLinks.ts'

/**
 * Walks a mapped document and reduces the `doc` of every internal Lexical link to what the
 * site needs: `{ relationTo, value: { slug } }` for a document the public can read (Payload
 * populated it at `depth=1`), `{ relationTo, value: { id } }` otherwise. The populated document
 * (its whole body) is not stored in the build's content store.
 */
export function reduceInternalLinks<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reduceInternalLinks) as T
  if (typeof value !== 'object' || value === null) return value
  const node = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(node)) out[key] = reduceInternalLinks(child)
  const fields = node.fields as Record<string, unknown> | undefined
  if (node.type === 'link' && fields?.linkType === 'internal') {
    const target = linkTarget(fields.doc)
    if (target) {
      out.fields = {
        ...(out.fields as Record<string, unknown>),
        doc: {
          relationTo: target.collection,
          value: 'slug' in target ? { slug: target.slug } : { id: target.id },
        },
      }
    }
  }
  return out as T
}
