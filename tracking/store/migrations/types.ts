/** One versioned schema change; versions only ever grow, applied ones are never edited. */
export type Migration = { version: number; name: string; sql: string }

/** Table recording which migrations a database has applied. */
export const migrationsTableSql = `CREATE TABLE IF NOT EXISTS tracking_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`
