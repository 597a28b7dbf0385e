import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { migratePostgres, postgresMigrations } from '../../tracking/store/migrations/postgres.ts'
import { openPostgresStore } from '../../tracking/store/postgres.ts'
import { makeBatch } from './helpers/events.ts'
import { requirePostgres } from '../lib/postgres.ts'
import { createTestDatabase } from './helpers/postgres.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

const available = await requirePostgres('the tracking Postgres migration tests')

describe.runIf(available)('Postgres migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>
  beforeAll(async () => {
    database = await createTestDatabase('tracking_migrate')
  })
  afterAll(async () => mayBeUnset(database)?.drop())

  test('a database made by version 1 (monthly partitions) keeps its events and its duplicate check through the later versions', async () => {
    const pool = new pg.Pool({ connectionString: database.url })
    const receivedAt = Date.parse('2026-11-25T10:00:01.000Z')
    const events = makeBatch(3)
    try {
      expect(await migratePostgres(pool, Date.now(), postgresMigrations.slice(0, 1))).toEqual([1])
      await pool.query(
        `CREATE TABLE events_y2026m11 PARTITION OF events
         FOR VALUES FROM (${Date.UTC(2026, 10, 1)}) TO (${Date.UTC(2026, 11, 1)})`,
      )
      for (const event of events) {
        await pool.query('INSERT INTO event_ids (id, received_at) VALUES ($1, $2)', [
          event.id,
          receivedAt,
        ])
        await pool.query(
          `INSERT INTO events (id, subject, type, flow, step, locale, at, received_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            event.id,
            event.subject,
            event.type,
            event.flow,
            event.step,
            event.locale,
            Date.parse(event.at),
            receivedAt,
          ],
        )
      }
    } finally {
      await pool.end()
    }

    const store = await openPostgresStore(database.url)
    try {
      const stored = await store.eventsOf(events[0]!.subject)
      expect(stored.map((event) => event.id).sort()).toEqual(events.map((e) => e.id).sort())
      await store.insert(events, receivedAt)
      expect(await store.count()).toBe(3)
      // Version 3 moved the events out of the monthly partitions into one table keyed by id.
      const client = new pg.Client({ connectionString: database.url })
      await client.connect()
      const tables = await client.query<{ relname: string }>(
        `SELECT relname FROM pg_class WHERE relkind IN ('r', 'p') AND relname LIKE 'event%'`,
      )
      await client.end()
      expect(tables.rows.map((row) => row.relname)).toEqual(['events'])
      expect(await store.deleteReceivedBefore(Date.UTC(2026, 11, 1))).toBe(3)
      await store.insert(events.slice(0, 1), receivedAt)
      expect(await store.count()).toBe(1)
      // Version 5: events carry a municipality, through COPY and through its retry path.
      const thisted = { ...makeBatch(1, events[0]!.subject)[0]!, municipality: '787' }
      await store.insert([thisted], receivedAt)
      await store.insert([thisted, events[1]!], receivedAt)
      const after = await store.eventsOf(events[0]!.subject)
      expect(after.find((event) => event.id === thisted.id)?.municipality).toBe('787')
      expect(after.filter((event) => event.municipality === undefined)).toHaveLength(2)
    } finally {
      await store.close()
    }
  })
})
