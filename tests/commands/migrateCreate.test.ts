import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { fingerprint } from '../lib/fingerprint.ts'
import { exitLimitMs, root, runScript, stackLines } from './helpers/runScript.ts'

const repoMigrations = path.join(root, 'cms', 'migrations')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jobunivers-cmdtest-migrations-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

test(
  'migrate:create writes a migration per dialect for a schema change, loadable by Node, and exits 0',
  async () => {
    // A copy of cms/migrations without its latest migration: the schema is then ahead of the
    // last snapshot by exactly that migration's changes, as after an editor-facing change.
    const copy = path.join(work, 'migrations')
    fs.cpSync(repoMigrations, copy, { recursive: true })
    const removedTables: Record<string, string> = {}
    for (const dialect of ['sqlite', 'postgres']) {
      const latest = fs
        .readdirSync(path.join(copy, dialect))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .at(-1)!
        .replace(/\.json$/, '')
      const removedSource = fs.readFileSync(path.join(copy, dialect, `${latest}.ts`), 'utf8')
      removedTables[dialect] = /(?:CREATE|ALTER) TABLE [\\`"]*(\w+)/.exec(removedSource)![1]!
      for (const ext of ['.json', '.ts']) fs.rmSync(path.join(copy, dialect, latest + ext))
    }
    const before = fingerprint(repoMigrations)

    const run = await runScript('migrate-create.ts', ['cmdtest_change'], {
      JOBUNIVERS_MIGRATIONS_DIR: copy,
      DATABASE_URL: undefined,
    })
    expect(stackLines(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Wrote 4 files:/)

    for (const dialect of ['sqlite', 'postgres']) {
      const created = fs
        .readdirSync(path.join(copy, dialect))
        .filter((file) => /_cmdtest_change\.(ts|json)$/.test(file))
        .sort()
      expect(created).toHaveLength(2)
      for (const file of created) expect(run.stdout).toContain(path.join(copy, dialect, file))
      const source = fs.readFileSync(path.join(copy, dialect, created[1]!), 'utf8')
      expect(source).toContain('import { type MigrateUpArgs, type MigrateDownArgs, sql }')
      expect(source).not.toContain('// Migration code')
      expect(source).toContain(removedTables[dialect])
      const index = fs.readFileSync(path.join(copy, dialect, 'index.ts'), 'utf8')
      expect(index).toContain(`from './${created[1]}';`)
      expect(index).not.toMatch(/from '\.\/[\w-]+';/)
    }
    // Nothing written into the repository's own migrations.
    expect(fingerprint(repoMigrations)).toEqual(before)
  },
  2 * exitLimitMs,
)

test(
  'migrate:create with a name that is not one: exit 1, one line, nothing written',
  async () => {
    const before = fingerprint(repoMigrations)
    const run = await runScript('migrate-create.ts', ['no spaces; please'], {
      DATABASE_URL: undefined,
    })
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe(
      'migrate:create: "no spaces; please" is not a migration name: use letters, digits, "-" and "_" only.',
    )
    expect(fingerprint(repoMigrations)).toEqual(before)
  },
  exitLimitMs,
)

test(
  'migrate:create into a folder without migrations: exit 1, one line',
  async () => {
    const run = await runScript('migrate-create.ts', ['change'], {
      JOBUNIVERS_MIGRATIONS_DIR: path.join(work, 'nowhere'),
    })
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe(
      `migrate:create: No sqlite migrations at ${path.join(work, 'nowhere', 'sqlite')}.`,
    )
    expect(fs.existsSync(path.join(work, 'nowhere'))).toBe(false)
  },
  exitLimitMs,
)
