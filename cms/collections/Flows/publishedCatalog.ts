import type { PayloadRequest } from 'payload'
import { contentCollections } from '../../../content-models/index.ts'
import type { FlowCatalog } from '../../../flows/index.ts'
import { keepingLocale } from '../../validation/keepingLocale.ts'

type Published = { id: string | number; slug?: string | null; fallback?: { flow?: unknown } | null }

async function published(
  req: PayloadRequest,
  collection: 'flows' | (typeof contentCollections)[number],
): Promise<Published[]> {
  const result = await keepingLocale(req, () =>
    req.payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: collection === 'flows' ? 1 : 0,
      draft: false,
      overrideAccess: true,
      req,
    }),
  )
  return result.docs
}

/** What is published now, as the flow engine's catalog: slugs per collection and the flows' fallbacks. */
export async function publishedCatalog(
  req: PayloadRequest,
  exceptFlow?: string | number,
): Promise<FlowCatalog> {
  const catalog: FlowCatalog = {}
  for (const collection of contentCollections) {
    catalog[collection] = (await published(req, collection)).flatMap((doc) =>
      doc.slug ? [doc.slug] : [],
    )
  }
  catalog.flows = (await published(req, 'flows'))
    .filter((doc) => doc.id !== exceptFlow)
    .map((doc) => {
      const target = doc.fallback?.flow as { slug?: string } | undefined
      return { slug: doc.slug ?? '', fallback: target?.slug ? { flow: target.slug } : null }
    })
  return catalog
}
