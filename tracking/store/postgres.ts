import pg from 'pg'
import { flowGroupsSql, flowStepsSql, flowTotalsSql } from './aggregateSql.ts'
import { createGroupCommitter } from './groupCommit.ts'
import { migratePostgres } from './migrations/postgres.ts'
import { columnTypes, toColumns } from './postgresColumns.ts'
import { fromRow, toGroupRow, toStepRow, toTotalsRow } from './rows.ts'
import type { Store } from './types.ts'

// One multi-row insert per transaction, the rows as one array per column. The insert is first
// tried plain: a unique key checked only as the row goes in costs Postgres about 2 µs less per
// event than ON CONFLICT's look-up beforehand. Only a group holding an id already stored (a
// retried batch) fails with unique_violation, rolls back whole, and is written again with
// ON CONFLICT (id) DO NOTHING, which skips those ids. Named, so each connection parses and
// plans them once.
const unnestRows = `
INSERT INTO events (${columnTypes.map(([name]) => name).join(', ')})
SELECT * FROM unnest(${columnTypes.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`
const insertNew = { name: 'insert-events', text: unnestRows }
const insertSkippingStored = {
  name: 'insert-events-skipping-stored',
  text: `${unnestRows} ON CONFLICT (id) DO NOTHING`,
}
const uniqueViolation = '23505'

/**
 * Opens a Postgres event store: applies its migrations, then writes through group commit
 * (concurrent batches share one transaction and one multi-row insert).
 */
export async function openPostgresStore(
  url: string,
  options: { poolSize?: number } = {},
): Promise<Store & { commits: () => number }> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 })
  // An idle client's network error must not crash the service; the next query reconnects.
  pool.on('error', () => {})
  try {
    await migratePostgres(pool)
  } catch (error) {
    await pool.end()
    throw error
  }

  const committer = createGroupCommitter({
    maxInFlight: 4,
    async write(batches, receivedAt) {
      const values = toColumns(batches, receivedAt)
      // One statement is one transaction in Postgres: all rows commit together or none do.
      try {
        await pool.query({ ...insertNew, values })
      } catch (error) {
        if ((error as { code?: string }).code !== uniqueViolation) throw error
        await pool.query({ ...insertSkippingStored, values })
      }
    },
  })

  return {
    kind: 'postgres',
    commits: () => committer.stats.transactions,
    insert: (events, receivedAt) => committer.submit(events, receivedAt),
    async eventsOf(subject) {
      const { rows } = await pool.query('SELECT * FROM events WHERE subject = $1 ORDER BY at, id', [
        subject,
      ])
      return rows.map((row) => fromRow({ ...row, id: String(row.id) }))
    },
    async erase(subject) {
      const { rowCount } = await pool.query('DELETE FROM events WHERE subject = $1', [subject])
      return rowCount ?? 0
    },
    async deleteReceivedBefore(cutoff) {
      const { rowCount } = await pool.query('DELETE FROM events WHERE received_at < $1', [cutoff])
      return rowCount ?? 0
    },
    async flowTotals(period) {
      const { rows } = await pool.query(flowTotalsSql, [period.from, period.to])
      return rows.map(toTotalsRow)
    },
    async flowSteps(flow, period) {
      const { rows } = await pool.query(flowStepsSql, [flow, period.from, period.to])
      return rows.map(toStepRow)
    },
    async flowGroups(flow, period, byVariant) {
      const { rows } = await pool.query(flowGroupsSql(byVariant), [flow, period.from, period.to])
      return rows.map(toGroupRow)
    },
    async count() {
      const { rows } = await pool.query('SELECT COUNT(*)::int AS n FROM events')
      return Number(rows[0].n)
    },
    async ping() {
      await pool.query('SELECT 1')
    },
    async close() {
      await committer.drain()
      await pool.end()
    },
  }
}
