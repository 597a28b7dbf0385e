import type { Config } from 'payload'
import { previewEndpoint } from './previewEndpoint.ts'

/** Where the preview builds go and which collections have a Preview button. */
export type PreviewOptions = {
  projectRoot: string
  /** The preview build is written to `<dataDir>/preview-site`, which the preview server serves. */
  dataDir: string
  /** Collections with pages on the citizen site. */
  collections: readonly string[]
}

/**
 * The draft preview as a Payload plugin: each given collection's Preview button opens
 * `GET /api/preview/:collection/:id`, which builds the site with the document's latest draft
 * and redirects to it on the preview server (`server.ts` here, started by `npm start`).
 */
export const previewPlugin =
  (options: PreviewOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      options.collections.includes(collection.slug)
        ? {
            ...collection,
            admin: {
              ...collection.admin,
              // Opens the citizen's page built with this document's latest draft (logged-in users only).
              preview: (doc, { locale }) =>
                `/api/preview/${collection.slug}/${String(doc.id)}?locale=${locale}`,
            },
          }
        : collection,
    ),
    endpoints: [...(config.endpoints ?? []), previewEndpoint(options)],
  })
