import type { CollectionSlug, PayloadRequest } from 'payload'
import { message } from '../messages.ts'
import type { FieldProblem } from './refuse.ts'
import { keepingLocale } from './keepingLocale.ts'

/** A relationship to check: where it sits in the document, and what it points at. */
export type Reference = { path: string; collection: CollectionSlug; id: unknown }

/** The id of a relationship value, whether Payload handed us an id or a populated document. */
export function idOf(value: unknown): string | number | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value)
    return (value as { id: string | number }).id
  return undefined
}

/** Problems for references that point at a deleted or never-published document. */
export async function referenceProblems(
  req: PayloadRequest,
  references: Reference[],
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = []
  for (const reference of references) {
    const id = idOf(reference.id)
    if (id === undefined) continue
    const target = await keepingLocale(req, () =>
      req.payload.findByID({
        collection: reference.collection,
        id,
        depth: 0,
        draft: false,
        overrideAccess: true,
        disableErrors: true,
        req,
      }),
    )
    if (!target) {
      problems.push({ path: reference.path, message: message(req, 'referenceDeleted') })
    } else if ((target as { _status?: string })._status !== 'published') {
      const { title: ownTitle, question } = target as { title?: unknown; question?: unknown }
      const title =
        [ownTitle, question].find((text): text is string => typeof text === 'string') ?? String(id)
      problems.push({
        path: reference.path,
        message: message(req, 'referenceUnpublished', { title }),
      })
    }
  }
  return problems
}
