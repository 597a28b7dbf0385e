// Content API: Payload's REST listing of 1,000 published lessons, paged as the site's loader
// pages them (100 a page, every locale), on SQLite and Postgres, next to a plain SQL query
// of the same rows on the same database as the baseline. Each dialect runs in its own process.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Dialect } from '../cms/harness.ts'
import { postgresProblem } from '../lib/postgres.ts'
import type { BenchRow, BenchSection } from './section.ts'

const script = fileURLToPath(new URL('./lib/contentApiDialect.ts', import.meta.url))

function measure(dialect: Dialect): BenchRow[] {
  const output = execFileSync(process.execPath, [script, dialect], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, JOBUNIVERS_RUN_JOBS: 'false' },
  })
  const line = output.split('\n').find((entry) => entry.startsWith('ROWS '))
  if (!line) throw new Error(`the ${dialect} run printed no figures`)
  return JSON.parse(line.slice('ROWS '.length)) as BenchRow[]
}

export default async function contentApi(): Promise<BenchSection> {
  const rows = measure('sqlite')
  if ((await postgresProblem()) === undefined) rows.push(...measure('postgres'))
  else
    rows.push({
      name: 'postgres: skipped',
      value: 0,
      unit: '',
      note: 'no Postgres at POSTGRES_TEST_URL',
    })
  return { title: 'Content API: REST listing of 1,000 published lessons', rows }
}
