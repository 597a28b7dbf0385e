import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, test } from 'vitest'
import { openSqliteStore } from '../../tracking/store/sqlite.ts'
import { migrateSqlite, sqliteMigrations } from '../../tracking/store/migrations/sqlite.ts'
import { eventColumns, toRow } from '../../tracking/store/rows.ts'
import { makeBatch } from './helpers/events.ts'
import { tempSqliteFile } from './helpers/sqlite.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

let temp: ReturnType<typeof tempSqliteFile>
afterEach(() => mayBeUnset(temp)?.remove())

describe('SQLite migrations', () => {
  test('a new file gets every version once; running them again applies nothing', () => {
    temp = tempSqliteFile()
    const db = new DatabaseSync(temp.file)
    expect(migrateSqlite(db)).toEqual(sqliteMigrations.map((migration) => migration.version))
    expect(migrateSqlite(db)).toEqual([])
    db.close()
  })

  test('a database made by version 1 keeps its events through the later versions', async () => {
    temp = tempSqliteFile()
    const db = new DatabaseSync(temp.file)
    migrateSqlite(db, Date.now(), sqliteMigrations.slice(0, 1))
    const events = makeBatch(3)
    const receivedAt = Date.parse('2026-11-25T10:00:01.000Z')
    // Version 1's columns: every column of today but the municipality (version 4).
    const columns = eventColumns.filter((column) => column !== 'municipality')
    const insert = db.prepare(
      `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    )
    for (const event of events) {
      const row = toRow(event, receivedAt)
      insert.run(...columns.map((column) => row[column]))
    }
    expect(migrateSqlite(db)).toEqual(sqliteMigrations.slice(1).map((m) => m.version))
    db.close()

    const store = openSqliteStore(temp.file)
    try {
      expect(await store.eventsOf(events[0]!.subject)).toEqual(
        events
          .map((event) => ({ ...event, receivedAt: new Date(receivedAt).toISOString() }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      )
      // The id is still unique: sending the same events again stores nothing twice.
      await store.insert(events, Date.now())
      expect(await store.count()).toBe(3)
      // Version 4: the old events have no municipality; new ones keep theirs.
      const [thisted] = makeBatch(1, events[0]!.subject).map((event) => ({
        ...event,
        municipality: '787',
      }))
      await store.insert([thisted!], receivedAt)
      const stored = await store.eventsOf(events[0]!.subject)
      expect(stored.filter((event) => event.municipality !== undefined)).toEqual([
        { ...thisted, receivedAt: new Date(receivedAt).toISOString() },
      ])
    } finally {
      await store.close()
    }
  })
})
