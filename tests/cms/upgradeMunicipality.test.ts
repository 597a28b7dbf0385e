import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'
import { devServerStandIn } from '../commands/helpers/devServerStandIn.ts'
import { exitLimitMs, runScript, stackLines } from '../commands/helpers/runScript.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'
import { requirePostgres } from '../lib/postgres.ts'
import {
  contentBefore,
  fillBeforeMunicipalities,
  migrationsBeforeMunicipalities,
  migrationsOf,
  openUnmigrated,
  type Unmigrated,
} from './singleJobcentreInstall.ts'

/** A single-jobcentre install's site settings as today's schema holds them (both dialects). */
const settingsBefore = [
  `INSERT INTO "site_settings" ("id", "contact_phone", "contact_email", "contact_booking_url") VALUES (1, '70 00 00 09', 'jobcenter@thisted.example.org', 'https://thisted.example.org/book')`,
  `INSERT INTO "site_settings_locales" ("site_name", "contact_hours", "_locale", "_parent_id") VALUES ('Jobcenter Thisted', 'Mandag til fredag kl. 9–14', 'da', 1)`,
  `INSERT INTO "site_settings_locales" ("site_name", "contact_hours", "_locale", "_parent_id") VALUES ('Jobcenter Thisted', 'Monday to Friday 9–14', 'en', 1)`,
]

/** Each test runs `npm run migrate` up to three times. */
const limit = 3 * exitLimitMs + 60_000

let devServer: Awaited<ReturnType<typeof devServerStandIn>> | undefined
beforeAll(async () => {
  devServer = await devServerStandIn()
})
afterAll(async () => {
  await mayBeUnset(devServer)?.close()
})

/** `npm run migrate` on the install's database, with the municipality code given or not. */
const migrate = (install: Unmigrated, municipality?: string) =>
  runScript('migrate.ts', [], {
    PORT: String(devServer!.port),
    JOBUNIVERS_DATA_DIR: install.dataDir,
    DATABASE_URL: install.databaseUrl,
    JOBUNIVERS_MUNICIPALITY: municipality,
  })

const municipalityIdOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? value.id : (value ?? null)

/** The migrations recorded as run on the install's database. */
async function recorded(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'payload-migrations', limit: 100, depth: 0 })
  return docs
    .map((doc) => String(doc.name))
    .filter((name) => name !== 'dev')
    .sort()
}

async function municipalities(payload: Payload, locale: 'da' | 'en') {
  const { docs } = await payload.find({ collection: 'municipalities', locale, depth: 0 })
  return docs
}

async function singleJobcentreInstall(dialect: string): Promise<Unmigrated> {
  const install = await openUnmigrated(dialect)
  await fillBeforeMunicipalities(install.payload, [...contentBefore, ...settingsBefore])
  return install
}

describe.each([
  ['sqlite', true],
  ['postgres', await requirePostgres('the upgrade of a single-jobcentre install on Postgres')],
] as const)('npm run migrate upgrades a single-jobcentre install on %s', (dialect, available) => {
  const installs: Unmigrated[] = []
  afterAll(async () => {
    for (const install of installs) await install.close()
  })

  test.runIf(available)(
    'with JOBUNIVERS_MUNICIPALITY=787 the site settings contact becomes Thisted Kommune; content stays national; a second run changes nothing',
    async () => {
      const install = await singleJobcentreInstall(dialect)
      installs.push(install)
      const { payload } = install
      const before = await recorded(payload)
      expect(before).toEqual(migrationsBeforeMunicipalities(payload).map((m) => m.name))

      const refused = await migrate(install, '999')
      expect(refused.code).toBe(1)
      expect(refused.stderr.trim()).toBe(
        'migrate: JOBUNIVERS_MUNICIPALITY="999" is not an official municipality code (three digits, e.g. 787 for Thisted; the list is in content-models/data/officialMunicipalities.ts). Nothing was changed.',
      )
      expect(await recorded(payload)).toEqual(before)

      const run = await migrate(install, '787')
      expect(stackLines(run.stderr)).toEqual([])
      expect(run.code).toBe(0)
      const pending = migrationsOf(payload).slice(before.length)
      expect(run.stdout).toContain(
        `ran ${pending.length} migration(s): ${pending.map((m) => m.name).join(', ')}.`,
      )
      expect(run.stdout).toContain(
        "Created municipality 787 (Thisted Kommune) with the site settings' phone, e-mail, opening hours, booking link. The content stays national;",
      )
      const [thisted] = await municipalities(payload, 'da')
      expect(thisted).toMatchObject({
        name: 'Thisted Kommune',
        code: '787',
        contact: {
          phone: '70 00 00 09',
          email: 'jobcenter@thisted.example.org',
          openingHours: 'Mandag til fredag kl. 9–14',
        },
        bookingUrl: 'https://thisted.example.org/book',
      })
      const [english] = await municipalities(payload, 'en')
      expect(english?.contact?.openingHours).toBe('Monday to Friday 9–14')

      // National content stays national; the site settings are left as they were.
      const { docs: lessons } = await payload.find({ collection: 'lessons', depth: 0 })
      expect(lessons.map((lesson) => [lesson.slug, municipalityIdOf(lesson.municipality)])).toEqual(
        [['fra-foer', null]],
      )
      const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'da' })
      expect(settings.contact?.phone).toBe('70 00 00 09')

      const again = await migrate(install, '787')
      expect(again.code).toBe(0)
      expect(again.stdout).toContain(
        'Municipality 787 (Thisted Kommune) already exists; it was left as it is.',
      )
      expect(await municipalities(payload, 'da')).toHaveLength(1)
    },
    limit,
  )

  test.runIf(available)(
    'without a code the schema is migrated, no municipality is created, and the command says what to run',
    async () => {
      const install = await singleJobcentreInstall(dialect)
      installs.push(install)
      const { payload } = install
      const run = await migrate(install)
      expect(stackLines(run.stderr)).toEqual([])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(
        "The site settings hold a jobcentre's contact (phone, e-mail, opening hours, booking link) and the install has no municipality yet. To make that contact its municipality's, run again with the official municipality code: JOBUNIVERS_MUNICIPALITY=787 npm run migrate",
      )
      expect(await recorded(payload)).toEqual(migrationsOf(payload).map((m) => m.name))
      expect(await municipalities(payload, 'da')).toEqual([])
    },
    limit,
  )
})
