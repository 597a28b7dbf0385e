/**
 * `npm run migrate`: runs pending CMS migrations on the database DATABASE_URL names and says
 * which ran. With JOBUNIVERS_MUNICIPALITY=<official code> it then makes a single-jobcentre
 * install's site settings contact that municipality's (docs/municipalities.md#upgrading).
 * Exits 0 when the database is up to date, 1 with a one-line reason otherwise.
 */
import { getMigrations, type Payload } from 'payload'
import { closeCms, cmsFromEnv, dataDirFromEnv } from './lib/cmsFromEnv.ts'
import { databaseLabel } from './lib/databaseLabel.ts'
import { municipalityFromSettings, requestedMunicipality } from './lib/municipalityFromSettings.ts'
import { runCommand } from './lib/oneOff.ts'

/** Names of the migrations recorded as run; none when the migrations table does not exist yet. */
async function applied(payload: Payload): Promise<string[]> {
  try {
    const { existingMigrations } = await getMigrations({ payload })
    return existingMigrations.map((migration) => migration.name)
  } catch {
    return []
  }
}

await runCommand('migrate', async () => {
  const label = databaseLabel(process.env.DATABASE_URL, dataDirFromEnv())
  const municipality = requestedMunicipality()
  const payload = await cmsFromEnv()
  try {
    const before = await applied(payload)
    await payload.db.migrate()
    const after = await applied(payload)
    const ran = after.filter((name) => !before.includes(name)).sort()
    console.log(
      ran.length > 0
        ? `Migrated ${label}: ran ${ran.length} migration(s): ${ran.join(', ')}.`
        : `${label} is up to date: all ${after.length} migrations had already run.`,
    )
    const step = await municipalityFromSettings(payload, municipality)
    if (step) console.log(step.summary)
  } finally {
    await closeCms(payload)
  }
})
