import type { Config } from 'payload'
import { appendCollectionHooks } from '../appendCollectionHooks.ts'
import { searchIndexHooks, type SearchIndex } from './syncSearchIndex.ts'

/** Which index follows which collections. */
export type SearchIndexOptions = {
  /** The index to keep in step; without one (no Algolia configured) the plugin adds nothing. */
  index: SearchIndex | undefined
  /** Collections with pages on the site. */
  collections: readonly string[]
}

/**
 * The search index as a Payload plugin: after each publish, unpublish or delete of a document
 * in the given collections, its records in the index are upserted or deleted.
 */
export const searchIndexPlugin =
  (options: SearchIndexOptions) =>
  (config: Config): Config => {
    if (!options.index) return config
    const hooks = searchIndexHooks(options.index)
    return {
      ...config,
      collections: appendCollectionHooks(config, options.collections, hooks),
    }
  }

export type { SearchIndex } from './syncSearchIndex.ts'
