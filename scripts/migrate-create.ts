/**
 * `npm run migrate:create <name>`: writes a new CMS migration for SQLite and for Postgres
 * (Payload's `migrate:create`, which compares the schema with the last migration's snapshot
 * and needs no running database), then makes the generated files loadable by Node's type
 * stripping (type-only imports, explicit .ts extensions). Without schema changes it writes
 * nothing and says so. JOBUNIVERS_MIGRATIONS_DIR writes into another copy of cms/migrations.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from './lib/children.ts'
import { root } from './lib/cmsFromEnv.ts'
import { CommandError, runCommand } from './lib/oneOff.ts'

const name = process.argv[2] ?? 'change'
const migrationsDir = path.resolve(
  process.env.JOBUNIVERS_MIGRATIONS_DIR ?? path.join(root, 'cms', 'migrations'),
)
const payloadBin = path.join(root, 'node_modules', 'payload', 'bin.js')
// The adapter is only configured, never connected: any Postgres address selects the dialect.
const dialects = { sqlite: '', postgres: 'postgres://localhost/jobunivers_migrate_create' }

/** Makes a generated migration loadable by Node's type stripping. */
function loadableByNode(file: string): void {
  const source = fs
    .readFileSync(file, 'utf8')
    .replace(
      /import \{ MigrateUpArgs, MigrateDownArgs, sql \}/,
      'import { type MigrateUpArgs, type MigrateDownArgs, sql }',
    )
    .replace(/from '\.\/([\w-]+)';/g, "from './$1.ts';")
  fs.writeFileSync(file, source)
}

await runCommand('migrate:create', async () => {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new CommandError(
      `"${name}" is not a migration name: use letters, digits, "-" and "_" only.`,
    )
  }
  for (const dialect of Object.keys(dialects)) {
    if (!fs.existsSync(path.join(migrationsDir, dialect, 'index.ts'))) {
      throw new CommandError(`No ${dialect} migrations at ${path.join(migrationsDir, dialect)}.`)
    }
  }
  const written: string[] = []
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-create-'))
  try {
    for (const [dialect, databaseUrl] of Object.entries(dialects)) {
      const dir = path.join(migrationsDir, dialect)
      const before = new Set(fs.readdirSync(dir))
      await run(process.execPath, [payloadBin, 'migrate:create', name, '--skip-empty'], {
        ...process.env,
        PAYLOAD_CONFIG_PATH: path.join(root, 'scripts', 'lib', 'migrationConfig.ts'),
        JOBUNIVERS_MIGRATIONS_DIR: migrationsDir,
        JOBUNIVERS_DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
      }).catch(() => {
        throw new CommandError(`Payload could not write the ${dialect} migration (see above).`)
      })
      const fresh = fs.readdirSync(dir).filter((entry) => !before.has(entry))
      for (const file of fresh) {
        if (file.endsWith('.ts')) loadableByNode(path.join(dir, file))
        const full = path.join(dir, file)
        written.push(full.startsWith(root + path.sep) ? path.relative(root, full) : full)
      }
      if (fresh.length > 0) loadableByNode(path.join(dir, 'index.ts'))
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  console.log(
    written.length > 0
      ? `Wrote ${written.length} files:\n${written.map((file) => `  ${file}`).join('\n')}\nRun them with npm run migrate (npm start runs them too).`
      : 'No schema changes since the last migration: nothing written.',
  )
})
