import type { ServerDatabase } from './sources.ts'

/** The commands an operator runs to back up a server database the archive cannot hold. */
export function dumpCommand(database: ServerDatabase, stamp: string): string {
  const file = `backups/jobunivers-${database.name}-${stamp}`
  return database.kind === 'postgres'
    ? `pg_dump --format=custom --no-owner --file=${file}.dump "$${database.variable}"`
    : `mongodump --uri="$${database.variable}" --archive=${file}.mongodump --gzip`
}

/** The command that restores such a dump into an empty database. */
export function restoreCommand(database: ServerDatabase): string {
  const file = `backups/jobunivers-${database.name}-<timestamp>`
  return database.kind === 'postgres'
    ? `pg_restore --no-owner --dbname="$${database.variable}" ${file}.dump`
    : `mongorestore --uri="$${database.variable}" --archive=${file}.mongodump --gzip`
}
