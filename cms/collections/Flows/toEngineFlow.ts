import type { PayloadRequest } from 'payload'
import type { ContentCollection, ContentRef, Flow } from '../../../content-models/index.ts'
import { idOf } from '../../validation/referenceProblems.ts'
import { keepingLocale } from '../../validation/keepingLocale.ts'
import {
  contentCollectionOf,
  engineFlowFromData,
  type ContentRelation,
} from './engineFlowFromData.ts'

type Row = Record<string, unknown>

async function slugOf(req: PayloadRequest, collection: string, value: unknown): Promise<string> {
  if (value && typeof value === 'object' && 'slug' in value) return String(value.slug)
  const id = idOf(value)
  if (id === undefined) return ''
  const doc = await keepingLocale(req, () =>
    req.payload.findByID({
      collection: collection as ContentCollection,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      draft: true,
      req,
    }),
  )
  return (doc as { slug?: string } | null)?.slug ?? `deleted-${String(id)}`
}

/**
 * The flow being saved, in the engine's shape: relationships become slugs (a deleted
 * document becomes a slug no catalog holds) and texts are wrapped as the current locale's.
 */
export async function toEngineFlow(req: PayloadRequest, data: Row): Promise<Flow> {
  const slugs = new Map<ContentRelation, string>()
  for (const step of Array.isArray(data.steps) ? (data.steps as Row[]) : []) {
    const relation = step.content as ContentRelation | null | undefined
    if (step.kind === 'content' && relation?.relationTo)
      slugs.set(relation, await slugOf(req, relation.relationTo, relation.value))
  }
  const fallback = data.fallback as Row | undefined
  const fallbackFlow =
    fallback?.when && fallback.flow ? await slugOf(req, 'flows', fallback.flow) : null
  return engineFlowFromData(
    data,
    (relation): ContentRef | null => {
      const collection = contentCollectionOf(relation)
      return collection ? { collection, slug: slugs.get(relation) ?? '' } : null
    },
    fallbackFlow,
  )
}
