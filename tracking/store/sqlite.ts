import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { flowGroupsSql, flowStepsSql, flowTotalsSql } from './aggregateSql.ts'
import { createGroupCommitter } from './groupCommit.ts'
import { migrateSqlite } from './migrations/sqlite.ts'
import { eventColumns, fromRow, toGroupRow, toRows, toStepRow, toTotalsRow } from './rows.ts'
import type { Period, Store } from './types.ts'

// The shared aggregate SQL numbers its parameters $1..$n; SQLite spells that ?1..?n.
const numbered = (sql: string) => sql.replace(/\$(\d+)/g, '?$1')

/**
 * Opens (creating if needed) a SQLite event store in WAL mode with full fsync on commit, and
 * applies its migrations. Writes go through group commit: one transaction per turn of the
 * event loop holds every batch that arrived in that turn.
 */
export function openSqliteStore(file: string): Store & { commits: () => number } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new DatabaseSync(file)
  db.exec('PRAGMA journal_mode = WAL')
  // FULL: a commit is on disk before it returns, so a 202 survives a crash or power loss.
  db.exec('PRAGMA synchronous = FULL')
  db.exec('PRAGMA busy_timeout = 5000')
  migrateSqlite(db)

  const insert = db.prepare(
    `INSERT INTO events (${eventColumns.join(', ')})
     VALUES (${eventColumns.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
  )
  const bySubject = db.prepare('SELECT * FROM events WHERE subject = ? ORDER BY at, id')
  const eraseSubject = db.prepare('DELETE FROM events WHERE subject = ?')
  const deleteBefore = db.prepare('DELETE FROM events WHERE received_at < ?')
  const countAll = db.prepare('SELECT COUNT(*) AS n FROM events')
  const totals = db.prepare(numbered(flowTotalsSql))
  const steps = db.prepare(numbered(flowStepsSql))
  const groups = [db.prepare(numbered(flowGroupsSql(false))), db.prepare(numbered(flowGroupsSql(true)))]

  const committer = createGroupCommitter({
    maxInFlight: 1,
    async write(batches, receivedAt) {
      const rows = toRows(batches, receivedAt)
      db.exec('BEGIN IMMEDIATE')
      try {
        for (const row of rows) insert.run(...eventColumns.map((column) => row[column]))
        db.exec('COMMIT')
      } catch (error) {
        if (db.isTransaction) db.exec('ROLLBACK')
        throw error
      }
    },
  })

  return {
    kind: 'sqlite',
    commits: () => committer.stats.transactions,
    insert: (events, receivedAt) => committer.submit(events, receivedAt),
    async eventsOf(subject) {
      return bySubject.all(subject).map(fromRow)
    },
    async erase(subject) {
      return Number(eraseSubject.run(subject).changes)
    },
    async deleteReceivedBefore(cutoff) {
      return Number(deleteBefore.run(cutoff).changes)
    },
    async flowTotals(period: Period) {
      return totals.all(period.from, period.to).map(toTotalsRow)
    },
    async flowSteps(flow: string, period: Period) {
      return steps.all(flow, period.from, period.to).map(toStepRow)
    },
    async flowGroups(flow: string, period: Period, byVariant: boolean) {
      return groups[byVariant ? 1 : 0]!.all(flow, period.from, period.to).map(toGroupRow)
    },
    async count() {
      return Number(countAll.get()!.n)
    },
    async ping() {
      db.prepare('SELECT 1').get()
    },
    async close() {
      await committer.drain()
      if (db.isOpen) db.close()
    },
  }
}
