/** Prints, as JSON, how many documents each CMS collection holds (Local API, from the environment). */
import { closeCms, cmsFromEnv } from '../../../scripts/lib/cmsFromEnv.ts'

const payload = await cmsFromEnv()
const counts: Record<string, number> = {}
for (const collection of payload.config.collections) {
  if (collection.slug.startsWith('payload-')) continue
  counts[collection.slug] = (await payload.count({ collection: collection.slug })).totalDocs
}
console.log(JSON.stringify(counts))
await closeCms(payload)
