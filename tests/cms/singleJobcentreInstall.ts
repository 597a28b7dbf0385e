import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BasePayload, type Migration, type Payload } from 'payload'
import { createConfig } from '../../cms/config.ts'
import { migrations as postgresMigrations } from '../../cms/migrations/postgres/index.ts'
import { migrations as sqliteMigrations } from '../../cms/migrations/sqlite/index.ts'
import { createTestDatabase } from '../lib/postgres.ts'
import { ignoreDroppedConnections, projectRoot } from './harness.ts'

/**
 * A CMS on a database of its own, left unmigrated (getPayload would share the first), with
 * where it lives, so a command run as a child process can open the same database.
 */
export type Unmigrated = {
  payload: Payload
  /** The CMS's data folder (SQLite's cms.db when no DATABASE_URL is given). */
  dataDir: string
  /** The DATABASE_URL of the database (a `file:` URL for SQLite). */
  databaseUrl: string
  close: () => Promise<void>
}

/** Opens a CMS with the current configuration on a new, empty database of the dialect. */
export async function openUnmigrated(dialect: string): Promise<Unmigrated> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-upgrade-${dialect}-`))
  const database = dialect === 'postgres' ? await createTestDatabase('cms_upgrade') : undefined
  const databaseUrl = database?.url ?? `file:${path.join(dataDir, 'cms.db')}`
  const config = await createConfig({ databaseUrl, projectRoot, dataDir, publishing: {} })
  const payload = await new BasePayload().init({ config })
  return {
    payload,
    dataDir,
    databaseUrl,
    close: async () => {
      await payload.destroy()
      ignoreDroppedConnections(payload)
      await database?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The dialect's migrations, in order. */
export function migrationsOf(payload: Payload): Migration[] {
  // Each dialect's migrations take that adapter's arguments; Payload passes them.
  return (payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations) as Migration[]
}

/** The migrations of today's single-jobcentre schema: all before the municipalities. */
export function migrationsBeforeMunicipalities(payload: Payload): Migration[] {
  const all = migrationsOf(payload)
  return all.slice(
    0,
    all.findIndex((migration) => migration.name.endsWith('_municipalities')),
  )
}

/** What a single-jobcentre install holds before municipalities: a published lesson and a user. */
export const contentBefore = [
  `INSERT INTO "lessons" ("id", "slug", "minutes", "_status") VALUES (1, 'fra-foer', 5, 'published')`,
  `INSERT INTO "lessons_locales" ("title", "summary", "_locale", "_parent_id") VALUES ('Fra før kommunerne', 'Gammelt indhold.', 'da', 1)`,
  `INSERT INTO "_lessons_v" ("id", "parent_id", "version_slug", "version_minutes", "version__status", "latest") VALUES (1, 1, 'fra-foer', 5, 'published', true)`,
  `INSERT INTO "_lessons_v_locales" ("version_title", "version_summary", "_locale", "_parent_id") VALUES ('Fra før kommunerne', 'Gammelt indhold.', 'da', 1)`,
  `INSERT INTO "users" ("email", "role") VALUES ('fra-foer@test.local', 'editor')`,
]

/**
 * Migrates to the schema before municipalities and runs the given statements (same SQL on
 * SQLite and Postgres), as an install of today holds its data.
 */
export async function fillBeforeMunicipalities(
  payload: Payload,
  statements: string[],
): Promise<void> {
  await payload.db.migrate({ migrations: migrationsBeforeMunicipalities(payload) })
  for (const raw of statements) await payload.db.execute({ drizzle: payload.db.drizzle, raw })
}
