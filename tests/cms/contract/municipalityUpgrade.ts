import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BasePayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createConfig } from '../../../cms/config.ts'
import { migrations as postgresMigrations } from '../../../cms/migrations/postgres/index.ts'
import { migrations as sqliteMigrations } from '../../../cms/migrations/sqlite/index.ts'
import { createTestDatabase } from '../../lib/postgres.ts'
import { mayBeUnset } from '../../lib/mayBeUnset.ts'
import { ignoreDroppedConnections, projectRoot, type CmsHarness } from '../harness.ts'
import { forbidden } from './refusal.ts'
import { createStaff, ensureMunicipality } from './municipalityFixtures.ts'

/** A second CMS on a database of its own, left unmigrated (getPayload would share the first). */
type Unmigrated = { payload: Payload; close: () => Promise<void> }

async function openUnmigrated(dialect: string): Promise<Unmigrated> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-upgrade-${dialect}-`))
  const database = dialect === 'postgres' ? await createTestDatabase('cms_upgrade') : undefined
  const databaseUrl = database?.url ?? `file:${path.join(dataDir, 'cms.db')}`
  const config = await createConfig({ databaseUrl, projectRoot, dataDir, publishing: {} })
  const payload = await new BasePayload().init({ config })
  return {
    payload,
    close: async () => {
      await payload.destroy()
      ignoreDroppedConnections(payload)
      await database?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** What a single-jobcentre install holds before municipalities: a published lesson and a user. */
const contentBefore = [
  `INSERT INTO "lessons" ("id", "slug", "minutes", "_status") VALUES (1, 'fra-foer', 5, 'published')`,
  `INSERT INTO "lessons_locales" ("title", "summary", "_locale", "_parent_id") VALUES ('Fra før kommunerne', 'Gammelt indhold.', 'da', 1)`,
  `INSERT INTO "_lessons_v" ("id", "parent_id", "version_slug", "version_minutes", "version__status", "latest") VALUES (1, 1, 'fra-foer', 5, 'published', true)`,
  `INSERT INTO "_lessons_v_locales" ("version_title", "version_summary", "_locale", "_parent_id") VALUES ('Fra før kommunerne', 'Gammelt indhold.', 'da', 1)`,
  `INSERT INTO "users" ("email", "role") VALUES ('fra-foer@test.local', 'editor')`,
]

const scopeId = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? value.id : (value ?? null)

/**
 * The upgrade from a single-jobcentre install: a database migrated to the schema before
 * municipalities, with content, then migrated up, keeps everything, and all of it is national.
 */
export function municipalityUpgradeContract(cms: () => CmsHarness): void {
  describe('upgrading an install from before municipalities', () => {
    let upgraded: Unmigrated | undefined
    beforeAll(async () => {
      const dialect = cms().payload.db.name
      // Each dialect's migrations take that adapter's arguments; Payload passes them.
      const all = (dialect === 'postgres' ? postgresMigrations : sqliteMigrations) as Migration[]
      const before = all.slice(
        0,
        all.findIndex((migration) => migration.name.endsWith('_municipalities')),
      )
      upgraded = await openUnmigrated(dialect)
      const { payload } = upgraded
      await payload.db.migrate({ migrations: before })
      for (const raw of contentBefore)
        await payload.db.execute({ drizzle: payload.db.drizzle, raw })
      await payload.db.migrate({ migrations: all })
    })
    afterAll(async () => {
      await mayBeUnset(upgraded)?.close()
    })

    test('the content is kept and national, and every version with it', async () => {
      const { payload } = upgraded!
      const { docs } = await payload.find({
        collection: 'lessons',
        where: { slug: { equals: 'fra-foer' } },
        overrideAccess: false,
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ title: 'Fra før kommunerne', summary: 'Gammelt indhold.' })
      expect(scopeId(docs[0]!.municipality)).toBeNull()
      const versions = await payload.findVersions({
        collection: 'lessons',
        where: { parent: { equals: docs[0]!.id } },
      })
      expect(versions.docs.map((v) => scopeId(v.version.municipality))).toEqual([null])
    })

    test('its users become national staff; a new municipality reads the content but cannot change it', async () => {
      const { payload } = upgraded!
      const { docs: users } = await payload.find({
        collection: 'users',
        where: { email: { equals: 'fra-foer@test.local' } },
      })
      expect(users.map((user) => [user.role, scopeId(user.municipality)])).toEqual([
        ['editor', null],
      ])
      const thisted = await ensureMunicipality(payload, '787', 'Thisted Kommune')
      const editor = await createStaff(payload, 'editor', thisted.id)
      const asEditor = { user: editor, overrideAccess: false as const }
      const { docs } = await payload.find({
        collection: 'lessons',
        where: { slug: { equals: 'fra-foer' } },
        draft: true,
        ...asEditor,
      })
      expect(docs).toHaveLength(1)
      await forbidden(
        payload.update({
          collection: 'lessons',
          id: docs[0]!.id,
          data: { title: 'Overtaget' },
          draft: true,
          ...asEditor,
        }),
      )
    })
  })
}
