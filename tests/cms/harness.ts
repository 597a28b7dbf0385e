import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { createConfig, type CmsOptions } from '../../cms/config.ts'
import { createTestDatabase } from '../lib/postgres.ts'

export const projectRoot = path.resolve(import.meta.dirname, '..', '..')

/** A CMS on a fresh, migrated database of its own. */
export type CmsHarness = { payload: Payload; dataDir: string; close: () => Promise<void> }
export type Dialect = 'sqlite' | 'postgres'

/** The CMS's fresh Postgres databases live on the test server (`POSTGRES_TEST_URL`). */
const freshPostgresDatabase = () => createTestDatabase('cms_test')

/** DROP … WITH (FORCE) ends connections Payload left in its pool; those errors are expected. */
export function ignoreDroppedConnections(payload: Payload): void {
  ;(payload.db as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on(
    'error',
    () => {},
  )
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
      ignoreDroppedConnections(payload)
      await database?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
