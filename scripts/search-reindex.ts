/** `npm run search:reindex`: rebuilds the Algolia index from everything published now. */
import { algoliaSettingsFromEnv, createAlgoliaIndex } from '../cms/search/algoliaIndex.ts'
import { cmsFromEnv } from './lib/cmsFromEnv.ts'

const settings = algoliaSettingsFromEnv()
if (!settings) {
  console.error(
    'Algolia is not configured: set ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY (and ALGOLIA_INDEX). Without Algolia the site uses Pagefind, rebuilt with the site.',
  )
  process.exit(1)
}
const payload = await cmsFromEnv()
try {
  const count = await createAlgoliaIndex(settings).reindex(payload)
  console.log(`Search index "${settings.indexName}" now holds ${count} records.`)
} finally {
  await payload.destroy()
}
