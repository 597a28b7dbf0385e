import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { createConfig, type CmsOptions } from '../../cms/config.ts'

export const projectRoot = path.resolve(import.meta.dirname, '..', '..')
export const postgresAdminUrl =
  process.env.POSTGRES_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** A CMS on a fresh, migrated database of its own. */
export type CmsHarness = { payload: Payload; dataDir: string; close: () => Promise<void> }
export type Dialect = 'sqlite' | 'postgres'

/** True when the test Postgres answers; otherwise the Postgres half is skipped with a printed reason. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: postgresAdminUrl,
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    await client.end()
    return true
  } catch (error) {
    console.warn(
      `Postgres at ${postgresAdminUrl} does not answer (${(error as Error).message}): skipping the Postgres CMS tests.`,
    )
    return false
  }
}

async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cms_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: postgresAdminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(postgresAdminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

/** Starts Payload on a new SQLite file or a new Postgres database and runs the migrations. */
export async function startCms(
  dialect: Dialect,
  extra: Pick<CmsOptions, 'publishing'> = {},
): Promise<CmsHarness> {
  process.env.JOBUNIVERS_RUN_JOBS = 'false'
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-${dialect}-`))
  const database = dialect === 'postgres' ? await freshPostgresDatabase() : undefined
  const databaseUrl = database?.url ?? `file:${path.join(dataDir, 'cms.db')}`
  const payload = await getPayload({
    config: createConfig({ databaseUrl, projectRoot, dataDir, publishing: extra.publishing ?? {} }),
  })
  await payload.db.migrate()
  return {
    payload,
    dataDir,
    close: async () => {
      await payload.destroy()
      // DROP … WITH (FORCE) ends connections Payload left in its pool; those errors are expected.
      ;(payload.db as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on(
        'error',
        () => {},
      )
      await database?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
