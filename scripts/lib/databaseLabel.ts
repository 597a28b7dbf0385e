import path from 'node:path'

/** Which CMS database DATABASE_URL names, for a command's summary (never the password). */
export function databaseLabel(url: string | undefined, dataDir: string): string {
  const value = url?.trim() ?? ''
  if (value === '') return `SQLite ${path.join(dataDir, 'cms.db')}`
  if (value.startsWith('file:')) return `SQLite ${value.slice('file:'.length)}`
  try {
    const parsed = new URL(value)
    const kind = parsed.protocol.startsWith('mongodb') ? 'MongoDB' : 'Postgres'
    return `${kind} ${parsed.host}${parsed.pathname}`
  } catch {
    return 'the database DATABASE_URL names'
  }
}
