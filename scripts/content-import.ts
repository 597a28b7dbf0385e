/** `npm run content:import [dir]`: imports the sample content (default content/) into the CMS. */
import path from 'node:path'
import { SampleContentError } from '../content-models/sample/index.ts'
import { importSampleContent } from '../cms/seed/importSampleContent.ts'
import { cmsFromEnv, root } from './lib/cmsFromEnv.ts'

const dir = path.resolve(process.argv[2] ?? path.join(root, 'content'))
const payload = await cmsFromEnv()
try {
  await payload.db.migrate()
  const report = await importSampleContent(payload, dir)
  for (const [collection, counts] of Object.entries(report)) {
    console.log(
      `${collection.padEnd(11)} ${counts.created} created, ${counts.updated} published, ${counts.unchanged} unchanged`,
    )
  }
} catch (error) {
  if (error instanceof SampleContentError) {
    console.error(`Nothing was imported. The content has problems:\n${error.message}`)
  } else {
    console.error('Nothing was imported:', error instanceof Error ? error.message : error)
  }
  process.exitCode = 1
} finally {
  await payload.destroy()
}
