import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTestDatabase, requirePostgres } from '../lib/postgres.ts'
import { devServerStandIn } from './helpers/devServerStandIn.ts'
import { exitLimitMs, runScript, stackLines } from './helpers/runScript.ts'

/** What content:import prints for the sample content on a fresh database, per collection. */
const importLines = () =>
  [
    ['checklists', 6],
    ['videos', 5],
    ['faqs', 28],
    ['lessons', 18],
    ['courses', 5],
    ['flows', 3],
  ].map(
    ([collection, n]) =>
      `${String(collection).padEnd(11)} ${n} created, ${n} published, 0 unchanged`,
  )

/** A test's time: each command run may take up to the exit limit. */
const limit = (runs: number) => runs * exitLimitMs + 30_000

let devServer: Awaited<ReturnType<typeof devServerStandIn>>
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
  await devServer?.close()
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
    'migrate runs both migrations and exits 0; again, says it is up to date',
    async () => {
      const dataDir = freshDataDir()
      const first = await runScript('migrate.ts', [], envWith({ JOBUNIVERS_DATA_DIR: dataDir }))
      expect(first.stderr).not.toMatch(/^\s+at /m)
      expect(first.code).toBe(0)
      expect(first.stdout).toMatch(
        /Migrated SQLite .*cms\.db: ran 2 migration\(s\): \d+_\d+_initial, \d+_\d+_publishing\./,
      )
      const second = await runScript('migrate.ts', [], envWith({ JOBUNIVERS_DATA_DIR: dataDir }))
      expect(second.code).toBe(0)
      expect(second.stdout).toContain('is up to date: all 2 migrations had already run.')
    },
    limit(2),
  )

  test(
    'content:import imports the sample content and exits 0',
    async () => {
      const run = await runScript(
        'content-import.ts',
        [],
        envWith({ JOBUNIVERS_DATA_DIR: freshDataDir() }),
      )
      expect(run.code).toBe(0)
      for (const line of importLines()) expect(run.stdout).toContain(line)
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
          /Migrated Postgres 127\.0\.0\.1:5432\/jobunivers_cmdtest_\w+: ran 2 migration\(s\)/,
        )
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
