import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { RebuildScheduler } from './rebuildScheduler.ts'
import { publicationChange, type PublicationAction } from './publicationChange.ts'

type Doc = {
  id: string | number
  title?: unknown
  question?: unknown
  slug?: string | null
  previousSlugs?: string[] | null
  _status?: unknown
}

/** The services that follow publishing, from the config's `custom` (tests pass their own). */
export type PublishingServices = {
  siteRebuild?: RebuildScheduler
  searchIndex?: {
    sync: (args: {
      collection: string
      doc: Doc
      action: PublicationAction
      req: PayloadRequest
    }) => Promise<void>
  }
}

export const publishingServices = (req: PayloadRequest): PublishingServices =>
  (req.payload.config.custom?.publishing ?? {}) as PublishingServices

async function record(
  req: PayloadRequest,
  collection: string,
  doc: Doc,
  action: PublicationAction,
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
  const services = publishingServices(req)
  services.siteRebuild?.request(`${action} ${collection}/${String(doc.slug ?? doc.id)}`)
  if (services.searchIndex) {
    await services.searchIndex.sync({ collection, doc, action, req }).catch((error: unknown) => {
      req.payload.logger.error({
        err: error,
        msg: `search index: could not ${action} ${collection}/${String(doc.id)}`,
      })
    })
  }
}

/** Logs publishing and unpublishing, and asks for a site rebuild and a search index update. */
export const recordPublication: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
  context,
}) => {
  const action = publicationChange(previousDoc as Doc, doc as Doc, Boolean(context.savingDraft))
  if (action) await record(req, collection.slug, doc as Doc, action)
  return doc
}

/** Deleting a published document takes it off the site too. */
export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if ((doc as Doc)._status === 'published') await record(req, collection.slug, doc as Doc, 'delete')
}
