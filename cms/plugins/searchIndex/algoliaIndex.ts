import { algoliasearch } from 'algoliasearch'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { PublicationAction } from '../siteRebuild/publicationChange.ts'
import { keepingLocale } from '../../validation/keepingLocale.ts'
import { searchObjectIds, searchRecords, type SearchRecord } from './searchRecords.ts'

/** The collections that have pages on the site, and so records in the search index. */
const searchableCollections = [
  'flows',
  'lessons',
  'courses',
  'videos',
  'checklists',
  'faqs',
] as const

/** What the index needs to know of a document that changed. */
export type SyncedDoc = {
  id: string | number
  slug?: string | null
  previousSlugs?: string[] | null
}

/** Where the index lives and the key that writes to it. */
export type AlgoliaSettings = { appId: string; adminKey: string; indexName: string; host?: string }

/** Algolia settings from ALGOLIA_APP_ID / ALGOLIA_ADMIN_KEY / ALGOLIA_INDEX, or none. ALGOLIA_HOST points the client at a stand-in. */
export function algoliaSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): AlgoliaSettings | undefined {
  if (!env.ALGOLIA_APP_ID || !env.ALGOLIA_ADMIN_KEY) return undefined
  return {
    appId: env.ALGOLIA_APP_ID,
    adminKey: env.ALGOLIA_ADMIN_KEY,
    indexName: env.ALGOLIA_INDEX || 'jobunivers',
    host: env.ALGOLIA_HOST,
  }
}

/** Keeps an Algolia index in step with what is published: one record per document and locale. */
export function createAlgoliaIndex(settings: AlgoliaSettings) {
  const client = algoliasearch(
    settings.appId,
    settings.adminKey,
    settings.host
      ? { hosts: [{ url: settings.host, protocol: 'http', accept: 'readWrite' }] }
      : undefined,
  )
  const indexName = settings.indexName
  // The site filters by locale and searches these fields; set once per process.
  let settingsApplied: Promise<unknown> | undefined
  const ensureSettings = () =>
    (settingsApplied ??= client
      .setSettings({
        indexName,
        indexSettings: {
          attributesForFaceting: ['filterOnly(locale)', 'filterOnly(type)'],
          searchableAttributes: ['title', 'summary', 'body'],
          attributesToSnippet: ['body:20'],
        },
      })
      .catch((error: unknown) => {
        settingsApplied = undefined
        throw error
      }))

  const publishedRecords = async (
    payload: Payload,
    collection: CollectionSlug,
    id: string | number,
    req?: PayloadRequest,
  ): Promise<SearchRecord[]> => {
    const read = () =>
      payload.findByID({
        collection,
        id,
        locale: 'all',
        draft: false,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    const doc = req ? await keepingLocale(req, read) : await read()
    return doc ? searchRecords(collection, doc as never) : []
  }

  return {
    /** After a publish, unpublish or delete: upsert the document's records, or delete them. */
    async sync({
      collection,
      doc,
      action,
      req,
    }: {
      collection: string
      doc: SyncedDoc
      action: PublicationAction
      req: PayloadRequest
    }) {
      const slugs = [doc.slug, ...(doc.previousSlugs ?? [])].filter((slug): slug is string =>
        Boolean(slug),
      )
      await ensureSettings()
      if (action === 'publish') {
        const stale = searchObjectIds(collection, slugs.slice(1))
        if (stale.length > 0) await client.deleteObjects({ indexName, objectIDs: stale })
        await client.saveObjects({
          indexName,
          objects: await publishedRecords(req.payload, collection as CollectionSlug, doc.id, req),
        })
      } else {
        await client.deleteObjects({ indexName, objectIDs: searchObjectIds(collection, slugs) })
      }
    },
    /** Rebuilds the whole index from what is published now (`npm run search:reindex`). */
    async reindex(payload: Payload): Promise<number> {
      const objects: SearchRecord[] = []
      for (const collection of searchableCollections) {
        const published = await payload.find({
          collection,
          where: { _status: { equals: 'published' } },
          pagination: false,
          depth: 0,
          draft: false,
          locale: 'all',
        })
        for (const doc of published.docs) objects.push(...searchRecords(collection, doc as never))
      }
      await ensureSettings()
      await client.replaceAllObjects({ indexName, objects })
      return objects.length
    },
  }
}
