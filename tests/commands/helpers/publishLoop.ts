/**
 * An editor publishing without pause, as a child process on the CMS's Local API (the data
 * folder and database from the environment, as the commands use them). Prints "published N"
 * after each publish; on SIGTERM finishes the current one, prints a JSON summary and exits.
 */
import { closeCms, cmsFromEnv } from '../../../scripts/lib/cmsFromEnv.ts'

const payload = await cmsFromEnv()
// An object, so TypeScript does not narrow the flag to its initial value in the loop below.
const signal = { stopping: false }
process.on('SIGTERM', () => (signal.stopping = true))
let published = 0
const failures: string[] = []
while (!signal.stopping) {
  const n = published + failures.length + 1
  try {
    await payload.create({
      collection: 'checklists',
      data: {
        title: `Tjekliste ${n}`,
        slug: `cmdtest-tjekliste-${n}`,
        intro: 'Tjek det her.',
        items: [{ key: 'cv', label: 'Skriv dit CV', required: true }],
        _status: 'published',
      },
    })
    published++
    console.log(`published ${published}`)
  } catch (error) {
    failures.push((error as Error).message)
  }
  // SQLite calls are synchronous underneath: without a turn of the event loop the SIGTERM
  // handler would never run.
  await new Promise((resolve) => setImmediate(resolve))
}
console.log(JSON.stringify({ published, failures }))
await closeCms(payload)
