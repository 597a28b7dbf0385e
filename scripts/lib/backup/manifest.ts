import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { sqliteProblem } from './sqliteSnapshot.ts'

/** The manifest's name at the top of every archive. */
export const manifestName = 'manifest.json'
/** The folder inside the archive that holds the data folder's contents. */
export const dataFolder = 'data'

const fileEntry = z.object({
  path: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

const manifestSchema = z.object({
  format: z.literal('jobunivers-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  files: z.array(fileEntry),
  databases: z.array(
    z.object({
      name: z.enum(['cms', 'tracking']),
      path: z.string(),
      tables: z.record(z.string(), z.number().int().nonnegative()),
    }),
  ),
  servers: z.array(
    z.object({
      name: z.enum(['cms', 'tracking']),
      variable: z.enum(['DATABASE_URL', 'TRACKING_DATABASE_URL']),
      kind: z.enum(['postgres', 'mongodb']),
    }),
  ),
})

/** What an archive holds: every file with its size and SHA-256, and each database's row counts at snapshot time. */
export type Manifest = z.infer<typeof manifestSchema>
/** One file of the archive as the manifest lists it. */
export type ManifestFile = z.infer<typeof fileEntry>

/** Size and SHA-256 of a file, as the manifest lists it (`relative` to `base`, with / separators). */
export function describeFile(base: string, relative: string): ManifestFile {
  const content = fs.readFileSync(path.join(base, relative))
  return {
    path: relative.split(path.sep).join('/'),
    bytes: content.length,
    sha256: crypto.createHash('sha256').update(content).digest('hex'),
  }
}

/** The manifest of an unpacked archive, or the reason it cannot be read. */
export function readManifest(dir: string): Manifest | string {
  const file = path.join(dir, manifestName)
  if (!fs.existsSync(file)) return `it has no ${manifestName}, so it is not a Jobunivers backup`
  let raw: unknown
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return `its ${manifestName} is not JSON`
  }
  const parsed = manifestSchema.safeParse(raw)
  return parsed.success ? parsed.data : `its ${manifestName} is not a Jobunivers backup manifest`
}

/** Relative paths of every file under `dir`, with / separators. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
}

/**
 * Checks an unpacked archive against its manifest: every listed file present with its size
 * and hash, nothing else in it, each database sound by SQLite's own check. The problems found.
 */
export function verifyUnpacked(dir: string, manifest: Manifest): string[] {
  const problems: string[] = []
  const listed = new Set(manifest.files.map((file) => file.path))
  for (const entry of manifest.files) {
    if (!entry.path.startsWith(`${dataFolder}/`) || entry.path.split('/').includes('..')) {
      problems.push(`${entry.path} lies outside ${dataFolder}/`)
    } else if (!fs.existsSync(path.join(dir, entry.path))) {
      problems.push(`${entry.path} is missing`)
    } else {
      const found = describeFile(dir, entry.path)
      if (found.bytes !== entry.bytes || found.sha256 !== entry.sha256) {
        problems.push(`${entry.path} differs from the manifest (damaged or changed)`)
      }
    }
  }
  for (const file of filesUnder(dir)) {
    if (file !== manifestName && !listed.has(file)) problems.push(`${file} is not in the manifest`)
  }
  for (const database of manifest.databases) {
    if (!listed.has(database.path)) {
      problems.push(`${database.path} (the ${database.name} database) is not in the manifest`)
    } else if (problems.length === 0) {
      const problem = sqliteProblem(path.join(dir, database.path))
      if (problem) problems.push(`${database.path} is not a sound SQLite database: ${problem}`)
    }
  }
  return problems
}
