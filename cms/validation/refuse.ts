import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

/** A problem shown next to a field in the admin; `path` uses Payload's dotted form (`items.2.key`). */
export type FieldProblem = { path: string; message: string }

/** Refuses the save with every problem listed next to its field; nothing is written. */
export function refuseIfProblems(
  collection: string,
  problems: FieldProblem[],
  req: PayloadRequest,
): void {
  if (problems.length > 0) throw new ValidationError({ collection, errors: problems, req })
}

/** True when this write makes the document public (drafts skip publish-time checks). */
export function isPublishing(data: { _status?: unknown }): boolean {
  return data._status === 'published'
}

/** A document as it will be once saved: the stored one with this write's changes on top. */
export type DocumentAfterSave = Record<string, unknown> & { id?: string | number }

/**
 * A beforeChange hook that runs `check` only when the write publishes, on the document as it
 * will be, and refuses the save with every problem found; drafts are saved unchecked.
 */
export function checkBeforePublish(
  check: (doc: DocumentAfterSave, req: PayloadRequest) => FieldProblem[] | Promise<FieldProblem[]>,
): CollectionBeforeChangeHook {
  return async ({ collection, data, originalDoc, req }) => {
    if (!isPublishing(data)) return data
    const doc: DocumentAfterSave = {
      ...(originalDoc as DocumentAfterSave | undefined),
      ...(data as DocumentAfterSave),
    }
    refuseIfProblems(collection.slug, await check(doc, req), req)
    return data
  }
}
