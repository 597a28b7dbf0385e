import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { create, extract } from 'tar'
import { execFileSync } from 'node:child_process'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTestDatabase, requirePostgres } from '../lib/postgres.ts'
import { makeBatch, newSubject } from '../tracking/helpers/events.ts'
import { exited, startServer, type RunningServer } from '../tracking/helpers/server.ts'
import { fingerprint } from '../lib/fingerprint.ts'
import { exitLimitMs, runScript, spawnNode, stackLines } from './helpers/runScript.ts'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-cmdtest-backup-'))
const live = path.join(work, 'live')
const restored = path.join(work, 'restored')
const archive = path.join(work, 'backup.tar.gz')
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

const trackingEnv = (dataDir: string) => ({
  TRACKING_DATABASE_URL: `sqlite:${path.join(dataDir, 'tracking.db')}`,
  TRACKING_RATE_LIMIT: '0',
})

type Manifest = {
  files: { path: string }[]
  databases: { name: string; tables: Record<string, number> }[]
  servers: { name: string; variable: string }[]
}
async function manifestOf(file: string): Promise<Manifest> {
  const dir = fs.mkdtempSync(path.join(work, 'manifest-'))
  await extract({ file, cwd: dir, filter: (entry) => entry === 'manifest.json' })
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
}

/** Starts a helper script under tests/commands/helpers as a child, as a command would run. */
function startHelper(script: string, dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, JOBUNIVERS_DATA_DIR: dataDir }
  Reflect.deleteProperty(env, 'NODE_ENV') // typed read-only by Next's declarations
  delete env.DATABASE_URL
  return spawnNode(path.join(import.meta.dirname, 'helpers', script), [], env)
}

const waitUntil = async (condition: () => boolean, what: string, limitMs = exitLimitMs) => {
  const deadline = Date.now() + limitMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const countEvents = (file: string) => {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  const imported = await runScript('content-import.ts', [], {
    JOBUNIVERS_DATA_DIR: live,
    DATABASE_URL: undefined,
  })
  expect(imported.code, imported.stderr).toBe(0)
  fs.writeFileSync(path.join(live, 'tracking-read-token'), 'cmdtest-read-token-0123456789')
}, exitLimitMs + 30_000)

describe('npm run backup while the system runs, then npm run restore into an empty folder', () => {
  let manifest: Manifest
  const subjects: string[] = []

  test(
    'the backup is a consistent snapshot taken mid-write, and the restore holds exactly it',
    async () => {
      // The tracking API on the live folder, with 2 clients each sending a batch every 200 ms.
      // At that pace SQLite's WAL of the fresh event database is not checkpointed into the
      // main file during the test, so a backup that copied the file instead of taking a
      // snapshot would miss the events acknowledged before it began.
      const tracking: RunningServer = await startServer(trackingEnv(live))
      const acknowledgedIds: string[] = []
      let writing = true
      const client = async () => {
        const subject = newSubject()
        subjects.push(subject)
        while (writing) {
          const batch = makeBatch(10, subject)
          const response = await fetch(`${tracking.url}/v1/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ events: batch }),
          })
          await response.arrayBuffer()
          if (response.status === 202) acknowledgedIds.push(...batch.map((event) => event.id))
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
      }
      const clients = Array.from({ length: 2 }, client)
      let idsBefore: string[]
      // An editor publishing checklists through the CMS, in a process of its own.
      const editor = startHelper('publishLoop.ts', live)
      const published = () =>
        Number([...editor.stdout().matchAll(/^published (\d+)$/gm)].at(-1)?.[1] ?? 0)

      try {
        await waitUntil(
          () => published() >= 3 && acknowledgedIds.length >= 300,
          'events and publishes',
        )
        idsBefore = [...acknowledgedIds]
        const ackedBefore = idsBefore.length
        const publishedBefore = published()
        const backup = await runScript('backup.ts', [archive], {
          JOBUNIVERS_DATA_DIR: live,
          DATABASE_URL: undefined,
          TRACKING_DATABASE_URL: undefined,
        })
        expect(stackLines(backup.stderr)).toEqual([])
        expect(backup.code).toBe(0)
        expect(backup.stdout).toContain(`Backup written: ${archive}`)
        // Both went on after the snapshot.
        const ackedAfter = acknowledgedIds.length
        await waitUntil(() => published() >= publishedBefore + 6, 'more publishes')
        await waitUntil(() => acknowledgedIds.length >= ackedAfter + 100, 'more events')

        manifest = await manifestOf(archive)
        const tables = (name: string) => manifest.databases.find((db) => db.name === name)!.tables
        const snapshotEvents = tables('tracking').events ?? 0
        expect(snapshotEvents).toBeGreaterThanOrEqual(ackedBefore)
        expect(backup.stdout).toMatch(new RegExp(`tracking database .*: ${snapshotEvents} events`))
        const snapshotChecklists = tables('cms').checklists!
        expect(snapshotChecklists).toBeGreaterThanOrEqual(6 + publishedBefore)
        expect(backup.stdout).toContain(`${snapshotChecklists} checklists`)

        editor.child.kill('SIGTERM')
        await exited(editor.child)
        const summary = JSON.parse(editor.stdout().trim().split('\n').at(-1)!) as {
          published: number
          failures: string[]
        }
        // No publish was refused because a backup was reading the database.
        expect(summary.failures).toEqual([])
        expect(6 + summary.published).toBeGreaterThan(snapshotChecklists)
      } finally {
        writing = false
        await Promise.all(clients).catch(() => {})
        editor.child.kill('SIGTERM')
        tracking.child.kill('SIGTERM')
        await exited(tracking.child)
      }
      const tables = (name: string) => manifest.databases.find((db) => db.name === name)!.tables
      expect(countEvents(path.join(live, 'tracking.db'))).toBeGreaterThan(
        tables('tracking').events!,
      )

      const restore = await runScript('restore.ts', [archive], { JOBUNIVERS_DATA_DIR: restored })
      expect(stackLines(restore.stderr)).toEqual([])
      expect(restore.code).toBe(0)
      expect(restore.stdout).toContain(`Restored ${archive}`)

      // The tracking API starts on the restored folder and holds the snapshot's events.
      const again = await startServer(trackingEnv(restored))
      try {
        const exported = new Set<string>()
        for (const subject of subjects) {
          const response = await fetch(`${again.url}/v1/subjects/${subject}/events`)
          const body = (await response.json()) as { events: { id: string }[] }
          for (const event of body.events) exported.add(event.id)
        }
        expect(exported.size).toBe(tables('tracking').events)
        // Every event acknowledged before the backup began is in it.
        expect(idsBefore.filter((id) => !exported.has(id))).toEqual([])
      } finally {
        again.child.kill('SIGTERM')
        await exited(again.child)
      }

      // The CMS starts on it with the snapshot's documents in every collection.
      const counter = startHelper('cmsCounts.ts', restored)
      await exited(counter.child)
      expect(counter.child.exitCode, counter.stderr()).toBe(0)
      const counts = JSON.parse(counter.stdout().trim().split('\n').at(-1)!) as Record<
        string,
        number
      >
      expect(Object.keys(counts).length).toBeGreaterThanOrEqual(10)
      for (const [collection, count] of Object.entries(counts)) {
        expect([collection, count]).toEqual([
          collection,
          tables('cms')[collection.replaceAll('-', '_')],
        ])
      }

      // Uploads and secrets came back as they were.
      for (const file of ['payload-secret', 'tracking-read-token']) {
        expect(fs.readFileSync(path.join(restored, file), 'utf8')).toBe(
          fs.readFileSync(path.join(live, file), 'utf8'),
        )
      }
      for (const folder of ['caption-files', 'video-files']) {
        expect(fingerprint(path.join(restored, folder))).toEqual(
          fingerprint(path.join(live, folder)),
        )
        expect(fs.readdirSync(path.join(restored, folder)).length).toBeGreaterThan(0)
      }
    },
    6 * exitLimitMs,
  )

  test(
    'restore into a folder that is not empty refuses in one line and changes nothing',
    async () => {
      const before = fingerprint(live)
      const run = await runScript('restore.ts', [archive], { JOBUNIVERS_DATA_DIR: live })
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe(
        `restore: ${live} is not empty: restore only fills an empty or absent data folder. Move it aside, or set JOBUNIVERS_DATA_DIR to a new folder, and run again.`,
      )
      expect(fingerprint(live)).toEqual(before)
      expect(fs.readdirSync(work).filter((entry) => entry.startsWith('.restore-'))).toEqual([])
    },
    exitLimitMs,
  )
})

describe('restore refuses an archive it cannot trust, before writing anything', () => {
  const refuses = async (file: string, message: RegExp) => {
    const target = path.join(work, `target-${crypto.randomUUID()}`)
    const run = await runScript('restore.ts', [file], { JOBUNIVERS_DATA_DIR: target })
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr.trim()).toMatch(message)
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.readdirSync(work).filter((entry) => entry.startsWith('.restore-'))).toEqual([])
  }

  test(
    'a missing archive',
    () => refuses(path.join(work, 'nothing.tar.gz'), /^restore: There is no archive at /),
    exitLimitMs,
  )

  test(
    'a truncated archive',
    async () => {
      const truncated = path.join(work, 'truncated.tar.gz')
      fs.writeFileSync(truncated, fs.readFileSync(archive).subarray(0, 4096))
      await refuses(
        truncated,
        /^restore: .*truncated\.tar\.gz cannot be unpacked \(.+\); nothing was restored\.$/,
      )
    },
    exitLimitMs,
  )

  test(
    'an archive whose file differs from its manifest',
    async () => {
      const unpacked = fs.mkdtempSync(path.join(work, 'tamper-'))
      await extract({ file: archive, cwd: unpacked })
      fs.appendFileSync(path.join(unpacked, 'data', 'payload-secret'), 'x')
      const tampered = path.join(work, 'tampered.tar.gz')
      await create({ gzip: true, file: tampered, cwd: unpacked }, ['manifest.json', 'data'])
      await refuses(
        tampered,
        /^restore: .*tampered\.tar\.gz failed its check, nothing was restored: data\/payload-secret differs from the manifest/,
      )
    },
    exitLimitMs,
  )

  test(
    'an archive without a manifest',
    async () => {
      const unpacked = fs.mkdtempSync(path.join(work, 'bare-'))
      fs.mkdirSync(path.join(unpacked, 'data'))
      fs.writeFileSync(path.join(unpacked, 'data', 'payload-secret'), 'secret')
      const bare = path.join(work, 'bare.tar.gz')
      await create({ gzip: true, file: bare, cwd: unpacked }, ['data'])
      await refuses(
        bare,
        /^restore: .*bare\.tar\.gz cannot be restored: it has no manifest\.json, so it is not a Jobunivers backup; nothing was restored\.$/,
      )
    },
    exitLimitMs,
  )
})

describe('npm run backup with the databases on Postgres', () => {
  test(
    'archives the files, prints the pg_dump command for each database, and exits 0',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(work, 'postgres-data-'))
      fs.writeFileSync(path.join(dataDir, 'payload-secret'), 'secret-for-postgres')
      const file = path.join(work, 'postgres.tar.gz')
      const run = await runScript('backup.ts', [file], {
        JOBUNIVERS_DATA_DIR: dataDir,
        DATABASE_URL: 'postgres://cms@db.example/jobunivers',
        TRACKING_DATABASE_URL: 'postgres://tracking@db.example/jobunivers_tracking',
      })
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(
        /pg_dump --format=custom --no-owner --file=backups\/jobunivers-cms-\d{8}T\d{6}Z\.dump "\$DATABASE_URL"/,
      )
      expect(run.stdout).toMatch(
        /pg_dump --format=custom --no-owner --file=backups\/jobunivers-tracking-\d{8}T\d{6}Z\.dump "\$TRACKING_DATABASE_URL"/,
      )
      expect(run.stdout).not.toContain('db.example')
      const manifest = await manifestOf(file)
      expect(manifest.databases).toEqual([])
      expect(manifest.servers.map((server) => server.variable)).toEqual([
        'DATABASE_URL',
        'TRACKING_DATABASE_URL',
      ])
      expect(manifest.files.map((entry) => entry.path)).toEqual(['data/payload-secret'])
    },
    exitLimitMs,
  )

  test(
    'refuses to overwrite an archive that exists, in one line',
    async () => {
      const run = await runScript('backup.ts', [archive], {
        JOBUNIVERS_DATA_DIR: live,
        DATABASE_URL: undefined,
      })
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe(`backup: ${archive} exists already; name another file.`)
    },
    exitLimitMs,
  )
})

describe('the pg_dump and pg_restore commands backup and restore print', async () => {
  const available = await requirePostgres('the Postgres backup commands test')
  test.runIf(available)(
    'dump a real database and restore it into an empty one',
    async () => {
      const source = await createTestDatabase('jobunivers_cmdtest')
      const target = await createTestDatabase('jobunivers_cmdtest')
      try {
        const client = new pg.Client({ connectionString: source.url })
        await client.connect()
        await client.query('CREATE TABLE lessons (id serial PRIMARY KEY, title text)')
        await client.query(
          "INSERT INTO lessons (title) SELECT 'Lektion ' || n FROM generate_series(1, 42) n",
        )
        await client.end()

        const cwd = fs.mkdtempSync(path.join(work, 'operator-'))
        const dataDir = fs.mkdtempSync(path.join(work, 'pg-data-'))
        const backup = await runScript('backup.ts', [path.join(cwd, 'files.tar.gz')], {
          JOBUNIVERS_DATA_DIR: dataDir,
          DATABASE_URL: source.url,
          TRACKING_DATABASE_URL: undefined,
        })
        expect(backup.code).toBe(0)
        const dump = /^\s+(pg_dump .+)$/m.exec(backup.stdout)![1]!
        fs.mkdirSync(path.join(cwd, 'backups'))
        execFileSync('sh', ['-c', dump], { cwd, env: { ...process.env, DATABASE_URL: source.url } })
        const [dumpFile] = fs.readdirSync(path.join(cwd, 'backups'))

        const restore = await runScript('restore.ts', [path.join(cwd, 'files.tar.gz')], {
          JOBUNIVERS_DATA_DIR: path.join(work, 'pg-restored'),
          DATABASE_URL: target.url,
        })
        expect(restore.code).toBe(0)
        const restoreLine = /^\s+(pg_restore .+)$/m.exec(restore.stdout)![1]!
        execFileSync(
          'sh',
          ['-c', restoreLine.replace(/jobunivers-cms-<timestamp>\.dump$/, dumpFile!)],
          {
            cwd,
            env: { ...process.env, DATABASE_URL: target.url },
          },
        )
        const check = new pg.Client({ connectionString: target.url })
        await check.connect()
        const { rows } = await check.query<{ n: number }>('SELECT count(*)::int AS n FROM lessons')
        await check.end()
        expect(rows[0]?.n).toBe(42)
      } finally {
        await source.drop()
        await target.drop()
      }
    },
    3 * exitLimitMs,
  )
})
