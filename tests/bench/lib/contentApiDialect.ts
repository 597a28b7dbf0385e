// One dialect of the content API benchmark, in a process of its own (Payload caches one
// instance per process); prints its rows as JSON. Payload's REST listing of 1,000 published lessons, paged as the site's loader
// pages them (100 a page, every locale, relationships populated), on SQLite and Postgres,
// next to a plain SQL query of the same rows on the same database as the baseline.
import { REST_GET } from '@payloadcms/next/routes'
import { createLocalReq, commitTransaction, initTransaction, type Payload } from 'payload'
import { lessonData } from '../../cms/fixtures.ts'
import { startCms, type Dialect } from '../../cms/harness.ts'
import type { BenchRow } from '../section.ts'

const lessons = 1000
const pageSize = 100
const rounds = 15

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

async function seed(payload: Payload): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  for (let index = 0; index < lessons; index++) {
    await payload.create({
      collection: 'lessons',
      data: {
        ...lessonData({ slug: `bench-lektion-${index}`, title: `Lektion ${index}` }),
        _status: 'published',
      } as never,
      req,
    })
  }
  await commitTransaction(req)
}

async function restPage(payload: Payload, page: number): Promise<number> {
  const url = `http://cms.bench/api/lessons?locale=all&depth=1&limit=${pageSize}&page=${page}&where[_status][equals]=published`
  const started = performance.now()
  const response = await REST_GET(payload.config)(new Request(url), {
    params: Promise.resolve({ slug: ['lessons'] }),
  })
  const body = (await response.json()) as { docs: unknown[] }
  if (body.docs.length !== pageSize)
    throw new Error(`page ${page} held ${body.docs.length} lessons`)
  return performance.now() - started
}

// The same rows straight from the tables: lessons with their localized columns.
const plainSql = (page: number) =>
  `SELECT l.*, ll.* FROM lessons l JOIN lessons_locales ll ON ll._parent_id = l.id
   WHERE l._status = 'published' AND l.id IN (SELECT id FROM lessons WHERE _status = 'published' ORDER BY id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize})`

async function sqlPage(payload: Payload, dialect: Dialect, page: number): Promise<number> {
  const started = performance.now()
  const db = payload.db as unknown as {
    client?: { execute: (sql: string) => Promise<unknown> }
    pool?: { query: (sql: string) => Promise<unknown> }
  }
  if (dialect === 'sqlite') await db.client!.execute(plainSql(page))
  else await db.pool!.query(plainSql(page))
  return performance.now() - started
}

async function measure(dialect: Dialect): Promise<BenchRow[]> {
  const harness = await startCms(dialect)
  try {
    const seeding = performance.now()
    await seed(harness.payload)
    const seedSeconds = (performance.now() - seeding) / 1000
    const pages = lessons / pageSize
    const rest: number[] = []
    const sql: number[] = []
    for (let round = 0; round < rounds; round++) {
      for (let page = 1; page <= pages; page++) {
        rest.push(await restPage(harness.payload, page))
        sql.push(await sqlPage(harness.payload, dialect, page))
      }
    }
    const p50 = percentile(rest, 50)
    const p99 = percentile(rest, 99)
    const sqlP50 = percentile(sql, 50)
    const sqlP99 = percentile(sql, 99)
    return [
      {
        name: `${dialect}: REST page of ${pageSize} lessons, p50`,
        value: p50,
        unit: 'ms',
        baseline: sqlP50,
        ratio: p50 / sqlP50,
        note: 'ratio = REST / plain SQL (lower is better)',
      },
      {
        name: `${dialect}: REST page of ${pageSize} lessons, p99`,
        value: p99,
        unit: 'ms',
        baseline: sqlP99,
        ratio: p99 / sqlP99,
      },
      {
        name: `${dialect}: all ${lessons} lessons (${pages} pages)`,
        value: p50 * pages,
        unit: 'ms',
        baseline: sqlP50 * pages,
        ratio: p50 / sqlP50,
      },
      {
        name: `${dialect}: seeding ${lessons} published lessons`,
        value: seedSeconds,
        unit: 's',
        note: 'Local API, one transaction, every publish check',
      },
    ]
  } finally {
    await harness.close()
  }
}

process.env.JOBUNIVERS_RUN_JOBS = 'false'
const dialect = process.argv[2] as Dialect
console.log(`ROWS ${JSON.stringify(await measure(dialect))}`)
process.exit(0)
