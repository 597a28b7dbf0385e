import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { RebuildScheduler } from './rebuildScheduler.ts'
import { publicationChange, type PublicationAction } from './publicationChange.ts'

/** What the publish log and the rebuild reason need of a changed document. */
export type PublishedDoc = {
  id: string | number
  title?: string | null
  question?: string | null
  slug?: string | null
  previousSlugs?: string[] | null
  _status?: unknown
}

/** Writes the publish log entry, then asks for a site rebuild. */
async function record(
  req: PayloadRequest,
  collection: string,
  doc: PublishedDoc,
  action: PublicationAction,
  siteRebuild: RebuildScheduler | undefined,
) {
  await req.payload.create({
    collection: 'publish-log',
    data: {
      action,
      documentCollection: collection,
      documentId: String(doc.id),
      title: String(doc.title ?? doc.question ?? doc.slug ?? doc.id),
      user: req.user?.collection === 'users' ? req.user.id : undefined,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
  siteRebuild?.request(`${action} ${collection}/${String(doc.slug ?? doc.id)}`)
}

/**
 * The hooks that log publishing, unpublishing and deleting a published document, and ask for
 * a site rebuild after each.
 */
export function publicationHooks(siteRebuild: RebuildScheduler | undefined): {
  afterChange: CollectionAfterChangeHook<PublishedDoc>
  afterDelete: CollectionAfterDeleteHook<PublishedDoc>
} {
  const recordPublication: CollectionAfterChangeHook<PublishedDoc> = async ({
    collection,
    doc,
    previousDoc,
    req,
    context,
  }) => {
    const action = publicationChange(previousDoc, doc, Boolean(context.savingDraft))
    if (action) await record(req, collection.slug, doc, action, siteRebuild)
    return doc
  }
  // Deleting a published document takes it off the site too.
  const recordDeletion: CollectionAfterDeleteHook<PublishedDoc> = async ({
    collection,
    doc,
    req,
  }) => {
    if (doc._status === 'published') await record(req, collection.slug, doc, 'delete', siteRebuild)
  }
  return { afterChange: recordPublication, afterDelete: recordDeletion }
}
