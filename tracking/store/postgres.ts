import pg from 'pg'
import { flowGroupsSql, flowStepsSql, flowTotalsSql } from './aggregateSql.ts'
import { createGroupCommitter } from './groupCommit.ts'
import { migratePostgres } from './migrations/postgres.ts'
import { createPartitionKeeper } from './partitions.ts'
import { fromRow, toGroupRow, toRows, toStepRow, toTotalsRow } from './rows.ts'
import type { Store } from './types.ts'

// One multi-row insert per transaction: the new ids go into event_ids (ON CONFLICT (id) DO
// NOTHING skips those already stored), and only the rows whose id was new go into events.
// The rows travel as one JSON parameter (JSON.stringify is native; node-postgres builds array
// literals in JavaScript, which cost the event loop about 5 µs more per event). Named, so
// each connection parses and plans it once.
const insertSql = `
WITH input AS (
  SELECT * FROM json_to_recordset($1::json)
    AS t(id uuid, subject text, type text, flow text, step text, content text, variant text,
      value float8, answer text, locale text, at bigint, received_at bigint)
), fresh AS (
  INSERT INTO event_ids (id, received_at) SELECT id, received_at FROM input
  ON CONFLICT (id) DO NOTHING RETURNING id
)
INSERT INTO events (id, subject, type, flow, step, content, variant, value, answer, locale, at,
  received_at)
SELECT input.* FROM input JOIN fresh ON fresh.id = input.id`

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
  const partitions = createPartitionKeeper(pool)

  const committer = createGroupCommitter({
    maxInFlight: 4,
    async write(batches, receivedAt) {
      await partitions.ensure(receivedAt)
      const rows = toRows(batches, receivedAt)
      // One statement is one transaction in Postgres: all rows commit together or none do.
      await pool.query({ name: 'insert-events', text: insertSql, values: [JSON.stringify(rows)] })
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
      const { rowCount } = await pool.query(
        `WITH gone AS (DELETE FROM events WHERE subject = $1 RETURNING id)
         DELETE FROM event_ids WHERE id IN (SELECT id FROM gone)`,
        [subject],
      )
      return rowCount ?? 0
    },
    async deleteReceivedBefore(cutoff) {
      const dropped = await partitions.dropBefore(cutoff)
      const { rowCount } = await pool.query(
        `WITH gone AS (DELETE FROM events WHERE received_at < $1 RETURNING id)
         DELETE FROM event_ids WHERE id IN (SELECT id FROM gone)`,
        [cutoff],
      )
      return dropped + (rowCount ?? 0)
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
