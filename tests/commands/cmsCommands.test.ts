import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { migrations as postgresMigrations } from '../../cms/migrations/postgres/index.ts'
import { migrations } from '../../cms/migrations/sqlite/index.ts'
import { createTestDatabase, requirePostgres } from '../lib/postgres.ts'
import { algoliaWriteStandIn } from '../lib/algoliaWriteStandIn.ts'
import { devServerStandIn } from './helpers/devServerStandIn.ts'
import { exitLimitMs, runScript, stackLines } from './helpers/runScript.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

/** The sample content's documents per collection (content/), all published by content:import. */
const sampleDocuments: [string, number][] = [
  ['checklists', 6],
  ['videos', 5],
  ['faqs', 28],
  ['lessons', 21],
  ['courses', 5],
  ['flows', 3],
]

/** The sample municipalities' versions of national flows (content/local-flows/): not indexed for search. */
const sampleLocalFlows: [string, number] = ['local-flows', 3]

/** What content:import prints for the sample content on a fresh database, per collection. */
const importLines = () =>
  [...sampleDocuments, sampleLocalFlows].map(
    ([collection, n]) => `${collection.padEnd(11)} ${n} created, ${n} published, 0 unchanged`,
  )

/** A test's time: each command run may take up to the exit limit. */
const limit = (runs: number) => runs * exitLimitMs + 30_000

let devServer: Awaited<ReturnType<typeof devServerStandIn>>
/** The folder content:import filled, which search:reindex then reads. */
let importedDir = ''
const algoliaEnv = (host: string) => ({
  ALGOLIA_APP_ID: 'CMDTEST',
  ALGOLIA_ADMIN_KEY: 'cmdtest-admin-key',
  ALGOLIA_INDEX: 'jobunivers_cmdtest',
  ALGOLIA_HOST: host,
})
const dirs: string[] = []
const freshDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-cmdtest-'))
  dirs.push(dir)
  return dir
}
beforeAll(async () => {
  devServer = await devServerStandIn()
})
afterAll(async () => {
  await mayBeUnset(devServer)?.close()
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

/** The environment of a command run with a server on PORT, as when `npm start` runs the CMS. */
const envWith = (extra: Record<string, string | undefined>) => ({
  PORT: String(devServer.port),
  DATABASE_URL: undefined,
  ...extra,
})

describe('npm run migrate and content:import on a fresh SQLite folder', () => {
  test(
    'migrate runs every migration and exits 0; again, says it is up to date',
    async () => {
      const dataDir = freshDataDir()
      const first = await runScript('migrate.ts', [], envWith({ JOBUNIVERS_DATA_DIR: dataDir }))
      expect(first.stderr).not.toMatch(/^\s+at /m)
      expect(first.code).toBe(0)
      // The index lists every migration file, in order; migrate runs exactly those.
      const names = migrations.map((migration) => migration.name)
      const files = fs
        .readdirSync(path.join(import.meta.dirname, '..', '..', 'cms', 'migrations', 'sqlite'))
        .filter((file) => /^\d+_\d+_[\w-]+\.ts$/.test(file))
        .map((file) => file.replace(/\.ts$/, ''))
      expect(names).toEqual(files.sort())
      expect(first.stdout).toMatch(/Migrated SQLite .*cms\.db: ran \d+ migration\(s\)/)
      expect(first.stdout).toContain(`ran ${names.length} migration(s): ${names.join(', ')}.`)
      const second = await runScript('migrate.ts', [], envWith({ JOBUNIVERS_DATA_DIR: dataDir }))
      expect(second.code).toBe(0)
      expect(second.stdout).toContain(
        `is up to date: all ${names.length} migrations had already run.`,
      )
    },
    limit(2),
  )

  test(
    'content:import imports the sample content and exits 0',
    async () => {
      importedDir = freshDataDir()
      const run = await runScript(
        'content-import.ts',
        [],
        envWith({ JOBUNIVERS_DATA_DIR: importedDir }),
      )
      expect(run.code).toBe(0)
      for (const line of importLines()) expect(run.stdout).toContain(line)
    },
    limit(1),
  )

  test(
    'search:reindex sends every published document to Algolia (a stand-in) and exits 0',
    async () => {
      const algolia = await algoliaWriteStandIn()
      try {
        const run = await runScript(
          'search-reindex.ts',
          [],
          envWith({ JOBUNIVERS_DATA_DIR: importedDir, ...algoliaEnv(algolia.host) }),
        )
        expect(stackLines(run.stderr)).toEqual([])
        expect(run.code).toBe(0)
        const records = algolia.seen
          .filter((request) => request.method === 'POST' && request.path.endsWith('/batch'))
          .flatMap((request) => request.body.requests ?? [])
        // One record per published document and locale (da, en).
        const published = sampleDocuments.reduce((sum, [, n]) => sum + n, 0)
        expect(records).toHaveLength(2 * published)
        expect(run.stdout).toContain(
          `Search index "jobunivers_cmdtest" now holds ${records.length} records.`,
        )
        const keys = new Set(algolia.seen.map((request) => request.headers['x-algolia-api-key']))
        expect([...keys]).toEqual(['cmdtest-admin-key'])
      } finally {
        await algolia.close()
      }
    },
    limit(1),
  )

  test(
    'search:reindex when Algolia does not answer: exit 1, one line, no stack trace',
    async () => {
      const run = await runScript(
        'search-reindex.ts',
        [],
        envWith({ JOBUNIVERS_DATA_DIR: importedDir, ...algoliaEnv('127.0.0.1:1') }),
      )
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^search:reindex: .*[Uu]nreachable/m)
      expect(stackLines(run.stderr)).toEqual([])
    },
    limit(1),
  )

  test(
    'search:reindex without Algolia configured: exit 1 with one line',
    async () => {
      const run = await runScript(
        'search-reindex.ts',
        [],
        envWith({
          JOBUNIVERS_DATA_DIR: freshDataDir(),
          ALGOLIA_APP_ID: undefined,
          ALGOLIA_ADMIN_KEY: undefined,
        }),
      )
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe(
        'search:reindex: Algolia is not configured: set ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY (and ALGOLIA_INDEX). Without Algolia the site uses Pagefind, rebuilt with the site.',
      )
    },
    limit(1),
  )

  test(
    'content:import of a folder that does not exist: exit 1, one line, no database',
    async () => {
      const dataDir = freshDataDir()
      const run = await runScript(
        'content-import.ts',
        [path.join(dataDir, 'no-such-folder')],
        envWith({ JOBUNIVERS_DATA_DIR: dataDir }),
      )
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe(
        `content:import: Nothing was imported: ${path.join(dataDir, 'no-such-folder')} is not a folder.`,
      )
      expect(fs.existsSync(path.join(dataDir, 'cms.db'))).toBe(false)
    },
    limit(1),
  )

  test(
    'migrate when Postgres does not answer: exit 1 with the reason, no stack trace',
    async () => {
      const run = await runScript(
        'migrate.ts',
        [],
        envWith({
          JOBUNIVERS_DATA_DIR: freshDataDir(),
          DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x',
        }),
      )
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^migrate: .*cannot connect to Postgres.*ECONNREFUSED/m)
      expect(stackLines(run.stderr)).toEqual([])
    },
    limit(1),
  )
})

describe('npm run migrate and content:import on Postgres', async () => {
  const available = await requirePostgres('the one-off command tests on Postgres')
  test.runIf(available)(
    'migrate, then content:import, on a fresh database; both exit 0',
    async () => {
      const database = await createTestDatabase('jobunivers_cmdtest')
      try {
        const env = envWith({ JOBUNIVERS_DATA_DIR: freshDataDir(), DATABASE_URL: database.url })
        const migrate = await runScript('migrate.ts', [], env)
        expect(migrate.stderr).not.toMatch(/^\s+at /m)
        expect(migrate.code).toBe(0)
        expect(migrate.stdout).toMatch(
          /Migrated Postgres 127\.0\.0\.1:5432\/jobunivers_cmdtest_\w+: ran \d+ migration\(s\)/,
        )
        expect(migrate.stdout).toContain(`ran ${postgresMigrations.length} migration(s)`)
        const imported = await runScript('content-import.ts', [], env)
        expect(imported.code).toBe(0)
        for (const line of importLines()) expect(imported.stdout).toContain(line)
      } finally {
        await database.drop()
      }
    },
    limit(2),
  )
})
