import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../config.ts'
import { projectRoot } from '../paths.ts'
import { openPostgresStore } from './postgres.ts'
import { openSqliteStore } from './sqlite.ts'
import type { Store } from './types.ts'

/** Where the embedded default keeps its events, next to the CMS database. */
export const defaultSqliteFile = resolve(projectRoot, 'data', 'tracking.db')

/** Which store a database URL names, and where. */
export type StoreTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }

/**
 * Reads `TRACKING_DATABASE_URL`: unset means the SQLite default; `postgres://` or
 * `postgresql://` is Postgres; `sqlite:<path>` or `file:<url>` is a SQLite file (a relative
 * path is taken from the project root). Anything else is a ConfigError naming the variable.
 */
export function parseDatabaseUrl(url: string | undefined): StoreTarget {
  if (url === undefined || url.trim() === '') return { kind: 'sqlite', file: defaultSqliteFile }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url }
  if (url.startsWith('file:')) return { kind: 'sqlite', file: fileURLToPath(url) }
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '')
    if (path === '') throw new ConfigError('TRACKING_DATABASE_URL', 'sqlite: needs a file path')
    return { kind: 'sqlite', file: isAbsolute(path) ? path : resolve(projectRoot, path) }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]
  throw new ConfigError(
    'TRACKING_DATABASE_URL',
    `unknown scheme ${scheme ? `"${scheme}:"` : '(none)'}; use postgres://…, sqlite:<path> or leave it unset for ${defaultSqliteFile}`,
  )
}

/** Opens the store a database URL names (see parseDatabaseUrl), migrated and ready. */
export async function createStore(url?: string): Promise<Store> {
  const target = parseDatabaseUrl(url)
  return target.kind === 'postgres' ? openPostgresStore(target.url) : openSqliteStore(target.file)
}
