/**
 * `npm run restore <archive>`: restores a backup (`npm run backup`) into the data folder
 * (JOBUNIVERS_DATA_DIR, default data/), only when that folder is empty or absent. The archive
 * is unpacked beside it and checked against its manifest first (every file's size and hash,
 * each database by SQLite's own check); a damaged archive or a non-empty folder changes nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { extract } from 'tar'
import { dataDirFromEnv } from './lib/cmsFromEnv.ts'
import { CommandError, runCommand } from './lib/oneOff.ts'
import { dataFolder, readManifest, verifyUnpacked } from './lib/backup/manifest.ts'
import { restoreCommand } from './lib/backup/serverDumps.ts'
import { describeContents } from './lib/backup/summary.ts'

const isEmptyOrAbsent = (dir: string) => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0

await runCommand('restore', async () => {
  const given = process.argv[2]
  if (!given)
    throw new CommandError('Name the archive: npm run restore backups/jobunivers-<time>.tar.gz')
  const archive = path.resolve(given)
  if (!fs.statSync(archive, { throwIfNoEntry: false })?.isFile()) {
    throw new CommandError(`There is no archive at ${archive}.`)
  }
  const target = dataDirFromEnv()
  if (!isEmptyOrAbsent(target)) {
    throw new CommandError(
      `${target} is not empty: restore only fills an empty or absent data folder. Move it aside, or set JOBUNIVERS_DATA_DIR to a new folder, and run again.`,
    )
  }

  fs.mkdirSync(path.dirname(target), { recursive: true })
  // Unpacked beside the data folder (same file system), so moving it in is a rename.
  const staging = fs.mkdtempSync(path.join(path.dirname(target), '.restore-'))
  try {
    try {
      await extract({ file: archive, cwd: staging, strict: true })
    } catch (error) {
      throw new CommandError(
        `${archive} cannot be unpacked (${(error as Error).message}); nothing was restored.`,
      )
    }
    const manifest = readManifest(staging)
    if (typeof manifest === 'string') {
      throw new CommandError(`${archive} cannot be restored: ${manifest}; nothing was restored.`)
    }
    const problems = verifyUnpacked(staging, manifest)
    if (problems.length > 0) {
      throw new CommandError(
        `${archive} failed its check, nothing was restored: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}.`,
      )
    }
    if (!isEmptyOrAbsent(target)) {
      throw new CommandError(`${target} was written to meanwhile; nothing was restored.`)
    }
    const unpacked = path.join(staging, dataFolder)
    fs.mkdirSync(unpacked, { recursive: true })
    if (!fs.existsSync(target)) {
      fs.renameSync(unpacked, target)
    } else {
      for (const entry of fs.readdirSync(unpacked)) {
        fs.renameSync(path.join(unpacked, entry), path.join(target, entry))
      }
    }
    console.log(`Restored ${archive} (taken ${manifest.createdAt}) into ${target}:`)
    for (const line of describeContents(manifest)) console.log(`  ${line}`)
    for (const server of manifest.servers) {
      console.log(
        `The ${server.name} database was on ${server.kind === 'postgres' ? 'Postgres' : 'MongoDB'} (${server.variable}); restore its dump into an empty database with:\n  ${restoreCommand(server)}`,
      )
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
})
