/** What happened to a document's public version. */
export type PublicationAction = 'publish' | 'unpublish' | 'delete'

type Status = { _status?: unknown } | null | undefined

/**
 * Decides from a write whether citizens' view changed: a publish (also of changes to a
 * published document), an unpublish, or nothing (a draft saved beside the live version).
 */
export function publicationChange(
  previous: Status,
  next: Status,
  savingDraft: boolean,
): PublicationAction | null {
  if (savingDraft) return null
  const was = previous?._status === 'published'
  const is = next?._status === 'published'
  if (is) return 'publish'
  if (was) return 'unpublish'
  return null
}
