/**
 * `npm run migrate:create <name>`: writes a new CMS migration for SQLite and for Postgres
 * (a scratch database on POSTGRES_ADMIN_URL), then makes the generated files loadable by
 * Node's type stripping (type-only imports, explicit .ts extensions).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { run } from './lib/children.ts'
import { root } from './lib/cmsFromEnv.ts'

const name = process.argv[2] ?? 'change'
const adminUrl = process.env.POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const scratch = `jobunivers_migrate_${process.pid}`
const payloadBin = path.join(root, 'node_modules', 'payload', 'bin.js')
const env = {
  ...process.env,
  PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
  JOBUNIVERS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-')),
}

await run(process.execPath, [payloadBin, 'migrate:create', name], { ...env, DATABASE_URL: '' })
const admin = new pg.Client({ connectionString: adminUrl })
await admin.connect()
await admin.query(`CREATE DATABASE ${scratch}`)
try {
  const url = new URL(adminUrl)
  url.pathname = `/${scratch}`
  await run(process.execPath, [payloadBin, 'migrate:create', name], {
    ...env,
    DATABASE_URL: url.toString(),
  })
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${scratch}`)
  await admin.end()
}

for (const dialect of ['sqlite', 'postgres']) {
  const dir = path.join(root, 'cms', 'migrations', dialect)
  for (const file of fs.readdirSync(dir).filter((entry) => entry.endsWith('.ts'))) {
    const full = path.join(dir, file)
    const source = fs
      .readFileSync(full, 'utf8')
      .replace(
        /import \{ MigrateUpArgs, MigrateDownArgs, sql \}/,
        'import { type MigrateUpArgs, type MigrateDownArgs, sql }',
      )
      .replace(/from '\.\/([\w-]+)';/g, "from './$1.ts';")
    fs.writeFileSync(full, source)
  }
}
