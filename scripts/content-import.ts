/**
 * `npm run content:import [dir]`: imports the sample content (default content/) into the CMS,
 * all or nothing, and prints what it did per collection. Exits 1 with the reason when the
 * folder is missing or the content has problems (then listed, one a line).
 */
import fs from 'node:fs'
import path from 'node:path'
import { SampleContentError } from '../sample-content/index.ts'
import { importSampleContent } from '../cms/seed/importSampleContent.ts'
import { closeCms, cmsFromEnv, root } from './lib/cmsFromEnv.ts'
import { CommandError, runCommand } from './lib/oneOff.ts'

const dir = path.resolve(process.argv[2] ?? path.join(root, 'content'))

await runCommand('content:import', async () => {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new CommandError(`Nothing was imported: ${dir} is not a folder.`)
  }
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
      throw new CommandError(`Nothing was imported. The content has problems:\n${error.message}`)
    }
    throw new Error(
      `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  } finally {
    await closeCms(payload)
  }
})
