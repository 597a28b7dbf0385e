import { ValidationError, type PayloadRequest } from 'payload'

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
