import { DatabaseSync } from 'node:sqlite'

/**
 * Writes a consistent snapshot of a SQLite database that may be in use: `VACUUM INTO` reads
 * it in one read transaction (in WAL mode writers go on meanwhile), so the copy holds exactly
 * the transactions committed when it began. The live file is never copied.
 */
export function snapshotSqlite(source: string, target: string): void {
  const db = new DatabaseSync(source, { timeout: 10_000 })
  try {
    db.prepare('VACUUM INTO ?').run(target)
  } finally {
    db.close()
  }
}

/** Rows per table of a SQLite database (its own tables, not SQLite's). */
export function tableCounts(file: string): Record<string, number> {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
    return Object.fromEntries(
      tables.map(({ name }) => {
        const row = db
          .prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`)
          .get() as {
          n: number
        }
        return [name, row.n]
      }),
    )
  } finally {
    db.close()
  }
}

/** SQLite's own check of a database file: undefined when sound, else what it found. */
export function sqliteProblem(file: string): string | undefined {
  try {
    const db = new DatabaseSync(file, { readOnly: true })
    try {
      const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[]
      const found = rows.map((row) => row.quick_check).filter((text) => text !== 'ok')
      return found.length > 0 ? found.join('; ') : undefined
    } finally {
      db.close()
    }
  } catch (error) {
    return (error as Error).message
  }
}
