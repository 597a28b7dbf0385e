/** `npm run migrate`: runs pending CMS migrations on the database DATABASE_URL names. */
import { cmsFromEnv } from './lib/cmsFromEnv.ts'

const payload = await cmsFromEnv()
await payload.db.migrate()
await payload.destroy()
