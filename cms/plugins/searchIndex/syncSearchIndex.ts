import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { publicationChange, type PublicationAction } from '../siteRebuild/publicationChange.ts'
import type { SyncedDoc } from './algoliaIndex.ts'

/** A search index that follows publishing (Algolia, or a stand-in in tests). */
export type SearchIndex = {
  sync: (args: {
    collection: string
    doc: SyncedDoc
    action: PublicationAction
    req: PayloadRequest
  }) => Promise<void>
}

type Doc = SyncedDoc & { _status?: unknown }

/** Updates the index; a failure is logged and never undoes the editor's save. */
async function sync(
  index: SearchIndex,
  req: PayloadRequest,
  collection: string,
  doc: Doc,
  action: PublicationAction,
) {
  await index.sync({ collection, doc, action, req }).catch((error: unknown) => {
    req.payload.logger.error({
      err: error,
      msg: `search index: could not ${action} ${collection}/${String(doc.id)}`,
    })
  })
}

/** The hooks that upsert a published document's records and delete unpublished or deleted ones. */
export function searchIndexHooks(index: SearchIndex): {
  afterChange: CollectionAfterChangeHook<Doc>
  afterDelete: CollectionAfterDeleteHook<Doc>
} {
  const syncPublication: CollectionAfterChangeHook<Doc> = async ({
    collection,
    doc,
    previousDoc,
    req,
    context,
  }) => {
    const action = publicationChange(previousDoc, doc, Boolean(context.savingDraft))
    if (action) await sync(index, req, collection.slug, doc, action)
    return doc
  }
  const syncDeletion: CollectionAfterDeleteHook<Doc> = async ({ collection, doc, req }) => {
    if (doc._status === 'published') await sync(index, req, collection.slug, doc, 'delete')
  }
  return { afterChange: syncPublication, afterDelete: syncDeletion }
}
