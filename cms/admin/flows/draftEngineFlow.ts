import type { ContentRef, Flow } from '../../../content-models/index.ts'
import {
  contentCollectionOf,
  engineFlowFromData,
  type ContentRelation,
} from '../../collections/Flows/engineFlowFromData.ts'

/**
 * The unsaved flow in the engine's shape, in the browser: a content step's relationship stands
 * in for its slug (the map and the trial need the collection, not the published address), and
 * a chosen alternative flow is named by its id.
 */
export function draftEngineFlow(data: Record<string, unknown>): Flow {
  const fallback = data.fallback as { flow?: unknown } | null | undefined
  const target = fallback?.flow
  const fallbackFlow =
    target === null || target === undefined || target === ''
      ? null
      : typeof target === 'object' && 'slug' in target
        ? String(target.slug)
        : `flow-${String(typeof target === 'object' && 'id' in target ? target.id : target)}`
  return engineFlowFromData(data, draftContentOf, fallbackFlow)
}

/**
 * A content relationship of the unsaved form as the engine's reference: the collection, and
 * the document's id standing in for its slug.
 */
export function draftContentOf(relation: ContentRelation): ContentRef | null {
  const collection = contentCollectionOf(relation)
  const id =
    relation.value && typeof relation.value === 'object' && 'id' in relation.value
      ? relation.value.id
      : relation.value
  return collection && (typeof id === 'string' || typeof id === 'number')
    ? { collection, slug: `id-${id}` }
    : null
}
