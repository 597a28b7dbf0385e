/**
 * `npm run backup [file]`: writes one archive (default backups/jobunivers-<UTC time>.tar.gz)
 * with a consistent snapshot of the CMS and tracking SQLite databases, safe while the system
 * runs and writes, and the data folder's uploads and secrets, listed with their hashes and
 * each database's row counts in manifest.json. Databases on a server (Postgres, MongoDB) are
 * not in it: the command prints the dump commands for them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { create } from 'tar'
import { dataDirFromEnv, root } from './lib/cmsFromEnv.ts'
import { CommandError, runCommand } from './lib/oneOff.ts'
import { dataFolder, describeFile, manifestName, type Manifest } from './lib/backup/manifest.ts'
import { dumpCommand } from './lib/backup/serverDumps.ts'
import { backupSources } from './lib/backup/sources.ts'
import { snapshotSqlite, tableCounts } from './lib/backup/sqliteSnapshot.ts'
import { describeContents } from './lib/backup/summary.ts'

await runCommand('backup', async () => {
  const dataDir = dataDirFromEnv()
  const now = new Date()
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const archive = path.resolve(
    process.argv[2] ?? path.join(root, 'backups', `jobunivers-${stamp}.tar.gz`),
  )
  if (fs.existsSync(archive))
    throw new CommandError(`${archive} exists already; name another file.`)
  const sources = backupSources(dataDir, root)
  if (!fs.existsSync(dataDir) && sources.sqlite.length > 0) {
    throw new CommandError(`There is no data folder at ${dataDir}: nothing to back up.`)
  }

  fs.mkdirSync(path.dirname(archive), { recursive: true })
  const staging = fs.mkdtempSync(path.join(path.dirname(archive), '.backup-'))
  try {
    const data = path.join(staging, dataFolder)
    fs.mkdirSync(data)
    // Databases first: an upload saved after the snapshot is then only an extra file, never a
    // document whose file is missing.
    const databases: Manifest['databases'] = []
    for (const source of sources.sqlite) {
      if (!fs.existsSync(source.file)) {
        console.log(`No ${source.name} database at ${source.file} yet: nothing to snapshot.`)
        continue
      }
      const snapshot = path.join(data, source.archived)
      snapshotSqlite(source.file, snapshot)
      databases.push({
        name: source.name,
        path: `${dataFolder}/${source.archived}`,
        tables: tableCounts(snapshot),
      })
    }
    for (const file of sources.files) {
      fs.mkdirSync(path.dirname(path.join(data, file)), { recursive: true })
      fs.copyFileSync(path.join(dataDir, file), path.join(data, file))
    }
    // Exactly what was put there: the snapshots and the copied files, nothing a database
    // library may have left beside a snapshot.
    const files = [
      ...databases.map((database) => database.path),
      ...sources.files.map((file) => path.join(dataFolder, file)),
    ]
      .map((file) => describeFile(staging, file))
      .sort((a, b) => a.path.localeCompare(b.path))
    const manifest: Manifest = {
      format: 'jobunivers-backup',
      version: 1,
      createdAt: now.toISOString(),
      files,
      databases,
      servers: sources.servers,
    }
    fs.writeFileSync(path.join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
    const partial = `${archive}.partial`
    await create({ gzip: true, file: partial, cwd: staging, portable: true }, [
      manifestName,
      ...files.map((file) => file.path),
    ])
    fs.renameSync(partial, archive)

    console.log(`Backup written: ${archive} (${fs.statSync(archive).size} bytes), from ${dataDir}`)
    for (const line of describeContents(manifest)) console.log(`  ${line}`)
    for (const server of sources.servers) {
      console.log(
        `The ${server.name} database is on ${server.kind === 'postgres' ? 'Postgres' : 'MongoDB'} (${server.variable}) and not in the archive; back it up with:\n  ${dumpCommand(server, stamp)}`,
      )
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
})
