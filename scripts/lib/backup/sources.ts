import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CommandError } from '../oneOff.ts'

/** One of the two databases of the system. */
type DatabaseName = 'cms' | 'tracking'

/** A SQLite database to snapshot, and its name inside the archive's data folder. */
type SqliteSource = { name: DatabaseName; file: string; archived: string }

/** A database on a server, which the backup cannot hold: its operator runs pg_dump. */
export type ServerDatabase = {
  name: DatabaseName
  variable: 'DATABASE_URL' | 'TRACKING_DATABASE_URL'
  kind: 'postgres' | 'mongodb'
}

/** What a backup of this installation holds, found from the environment like `npm start`. */
export type BackupSources = {
  dataDir: string
  sqlite: SqliteSource[]
  servers: ServerDatabase[]
  /** Every other file under the data folder (uploads, secrets), relative to it. */
  files: string[]
}

/** Database files and their journals: never copied while in use, only snapshotted. */
const sqliteFile = /\.(db|sqlite3?)(-wal|-shm|-journal)?$/
/** Regenerated on demand (draft previews). */
const regenerated = new Set(['preview-site'])

function cmsSource(url: string, root: string, dataDir: string): SqliteSource | ServerDatabase {
  if (url === '') return { name: 'cms', file: path.join(dataDir, 'cms.db'), archived: 'cms.db' }
  if (url.startsWith('file:')) {
    return { name: 'cms', file: path.resolve(root, url.slice('file:'.length)), archived: 'cms.db' }
  }
  if (/^postgres(ql)?:\/\//.test(url))
    return { name: 'cms', variable: 'DATABASE_URL', kind: 'postgres' }
  if (/^mongodb(\+srv)?:\/\//.test(url))
    return { name: 'cms', variable: 'DATABASE_URL', kind: 'mongodb' }
  throw new CommandError(
    `DATABASE_URL has a scheme Jobunivers does not support: "${url.split(':')[0]}:".`,
  )
}

function trackingSource(url: string, root: string, dataDir: string): SqliteSource | ServerDatabase {
  const archived = 'tracking.db'
  if (url === '') return { name: 'tracking', file: path.join(dataDir, archived), archived }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { name: 'tracking', variable: 'TRACKING_DATABASE_URL', kind: 'postgres' }
  }
  if (url.startsWith('file:')) return { name: 'tracking', file: fileURLToPath(url), archived }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '')
    return { name: 'tracking', file: path.resolve(root, file), archived }
  }
  throw new CommandError(
    `TRACKING_DATABASE_URL has a scheme Jobunivers does not support: "${url.split(':')[0]}:".`,
  )
}

/** Files under `dir` (relative paths), leaving out database files and regenerated folders. */
function plainFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !sqliteFile.test(file) && !regenerated.has(file.split(path.sep)[0]!))
    .sort()
}

/**
 * What to back up: the SQLite databases DATABASE_URL and TRACKING_DATABASE_URL name (unset:
 * cms.db and tracking.db in the data folder), the server databases to dump separately, and the
 * data folder's other files (uploads under media/, video-files/, caption-files/; the secrets).
 */
export function backupSources(
  dataDir: string,
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): BackupSources {
  const sources = [
    cmsSource(env.DATABASE_URL?.trim() ?? '', root, dataDir),
    trackingSource(env.TRACKING_DATABASE_URL?.trim() ?? '', root, dataDir),
  ]
  return {
    dataDir,
    sqlite: sources.filter((source): source is SqliteSource => 'file' in source),
    servers: sources.filter((source): source is ServerDatabase => 'variable' in source),
    files: plainFiles(dataDir),
  }
}
