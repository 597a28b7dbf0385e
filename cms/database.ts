import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

/** Thrown when DATABASE_URL names a database we cannot use. */
export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError'
}

/**
 * Picks Payload's database adapter from DATABASE_URL: none or `file:` → SQLite under data/,
 * `postgres://` → Postgres, `mongodb://` → MongoDB. Migrations are per dialect, and the schema
 * is never pushed: development, tests and production all run the same migrations.
 */
export function databaseAdapter(
  url: string | undefined,
  options: { projectRoot: string; dataDir: string },
): DatabaseAdapterObj {
  const migrations = (dialect: string) =>
    path.join(options.projectRoot, 'cms', 'migrations', dialect)
  const value = url?.trim() ?? ''
  if (value === '' || value.startsWith('file:')) {
    const file =
      value === ''
        ? path.join(options.dataDir, 'cms.db')
        : path.resolve(options.projectRoot, value.slice('file:'.length))
    return sqliteAdapter({
      client: { url: `file:${file}` },
      migrationDir: migrations('sqlite'),
      push: false,
      // WAL: a reader (another process, `npm run backup`'s snapshot) never blocks a publish;
      // the busy timeout lets two writers (the CMS and a script) wait for each other.
      wal: true,
      busyTimeout: 5000,
    })
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    return postgresAdapter({
      pool: { connectionString: value },
      migrationDir: migrations('postgres'),
      push: false,
    })
  }
  if (/^mongodb(\+srv)?:\/\//.test(value)) {
    return mongooseAdapter({ url: value })
  }
  const scheme = value.split(':')[0]
  throw new DatabaseConfigError(
    `DATABASE_URL has the scheme "${scheme}:", which Jobunivers does not support. ` +
      'Use file:, postgres:// or mongodb://, or leave DATABASE_URL unset for SQLite under data/.',
  )
}
