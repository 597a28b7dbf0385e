import { createStore, type Store } from '../../../tracking/index.ts'
import { requirePostgres } from '../../lib/postgres.ts'
import { createTestDatabase } from './postgres.ts'
import { tempSqliteFile } from './sqlite.ts'

/** A store under test and how to get rid of it. */
export type Backend = {
  name: 'sqlite' | 'postgres'
  url: string
  open: () => Promise<Store>
  dispose: () => Promise<void>
}

/** Whether this test file runs its Postgres half (checked once; see tests/lib/postgres.ts). */
const postgres = await requirePostgres('the tracking Postgres tests')

/** A real SQLite file in a temporary folder. */
export async function sqliteBackend(): Promise<Backend> {
  const temp = tempSqliteFile()
  return {
    name: 'sqlite',
    url: temp.url,
    open: () => createStore(temp.url),
    dispose: async () => temp.remove(),
  }
}

/** A real Postgres database of this test file's own. */
async function postgresBackend(): Promise<Backend> {
  const db = await createTestDatabase()
  return { name: 'postgres', url: db.url, open: () => createStore(db.url), dispose: db.drop }
}

/** Both backends, Postgres marked skipped when it does not answer. */
export const backends = [
  { name: 'sqlite', make: sqliteBackend, skip: false },
  { name: 'postgres', make: postgresBackend, skip: !postgres },
] as const
