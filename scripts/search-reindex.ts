/**
 * `npm run search:reindex`: rebuilds the Algolia index from everything published now and says
 * how many records it holds. Exits 1 with one line when Algolia is not configured or not reached.
 */
import {
  algoliaSettingsFromEnv,
  createAlgoliaIndex,
} from '../cms/plugins/searchIndex/algoliaIndex.ts'
import { closeCms, cmsFromEnv } from './lib/cmsFromEnv.ts'
import { CommandError, runCommand } from './lib/oneOff.ts'

await runCommand('search:reindex', async () => {
  const settings = algoliaSettingsFromEnv()
  if (!settings) {
    throw new CommandError(
      'Algolia is not configured: set ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY (and ALGOLIA_INDEX). Without Algolia the site uses Pagefind, rebuilt with the site.',
    )
  }
  const payload = await cmsFromEnv()
  try {
    const count = await createAlgoliaIndex(settings).reindex(payload)
    console.log(`Search index "${settings.indexName}" now holds ${count} records.`)
  } finally {
    await closeCms(payload)
  }
})
