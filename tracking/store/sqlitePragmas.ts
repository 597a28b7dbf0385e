import type { DatabaseSync } from 'node:sqlite'

/**
 * Settings every connection to the event database uses: WAL (readers never wait for the
 * writer) and FULL sync, so a commit is on disk before it returns and a 202 survives a crash
 * or power loss. A 32 MiB page cache keeps the id and subject indexes in memory longer.
 */
export function openPragmas(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = FULL')
  db.exec('PRAGMA busy_timeout = 5000')
  db.exec('PRAGMA cache_size = -32768')
}
