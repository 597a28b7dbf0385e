import { finished } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { flowGroupsSql, flowStepsSql, flowTotalsSql } from './aggregateSql.ts'
import { experimentParameters, experimentSql } from './experimentSql.ts'
import { alternativeFunnelSql, flowProgressSql } from './progressSql.ts'
import { questionSourcesSql, questionWeeksSql } from './questionSql.ts'
import { createGroupCommitter } from './groupCommit.ts'
import { scopeParameters as scope } from './scopeSql.ts'
import { migratePostgres } from './migrations/postgres.ts'
import { copyInto, toCopyText } from './postgresCopy.ts'
import {
  fromRow,
  toGroupRow,
  toStepRow,
  toTotalsRow,
  toVariantOutcomeRow,
  toProgressRow,
  toAlternativeFunnelRow,
  toQuestionSourceRow,
  toQuestionWeekRow,
} from './rows.ts'
import type { Store } from './types.ts'

// Each group is one COPY into events, which on its own is one transaction: every row commits
// or none does. COPY cannot skip ids already stored, so a group holding one (a retried batch)
// fails with unique_violation, rolls back whole, and is written again through a temporary
// table and INSERT ... ON CONFLICT (id) DO NOTHING, which skips them.
const uniqueViolation = '23505'
const copyIntoEvents = copyInto('events')
const copyIntoIncoming = copyInto('incoming')

/** Streams COPY text through a COPY statement; resolves once Postgres has taken it in. */
function copyRows(client: pg.PoolClient, copy: string, text: string): Promise<void> {
  const stream = client.query(copyFrom(copy))
  stream.end(text)
  return finished(stream)
}

/** Writes COPY text in one transaction, skipping ids already stored (the retry of a group). */
async function writeSkippingStored(client: pg.PoolClient, text: string): Promise<void> {
  await client.query('BEGIN')
  try {
    await client.query('CREATE TEMPORARY TABLE incoming (LIKE events) ON COMMIT DROP')
    await copyRows(client, copyIntoIncoming, text)
    await client.query('INSERT INTO events SELECT * FROM incoming ON CONFLICT (id) DO NOTHING')
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}

/**
 * Opens a Postgres event store: applies its migrations, then writes through group commit
 * (concurrent batches share one transaction and one COPY).
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
      const text = toCopyText(batches, receivedAt)
      const client = await pool.connect()
      try {
        await copyRows(client, copyIntoEvents, text).catch((error: unknown) => {
          if ((error as { code?: string }).code !== uniqueViolation) throw error
          return writeSkippingStored(client, text)
        })
      } catch (error) {
        // A client whose write failed is dropped: its connection may be in any state.
        client.release(error as Error)
        throw error
      }
      client.release()
    },
  })

  return {
    kind: 'postgres',
    commits: () => committer.stats.transactions,
    insert: (events, receivedAt) => committer.submit(events, receivedAt),
    async eventsOf(subject) {
      const { rows } = await pool.query<Record<string, unknown>>(
        'SELECT * FROM events WHERE subject = $1 ORDER BY at, id',
        [subject],
      )
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
      const { rows } = await pool.query(flowTotalsSql, scope(period))
      return rows.map(toTotalsRow)
    },
    async flowSteps(flow, period) {
      const { rows } = await pool.query(flowStepsSql, [flow, ...scope(period)])
      return rows.map(toStepRow)
    },
    async flowGroups(flow, period, byVariant) {
      const { rows } = await pool.query(flowGroupsSql(byVariant), [flow, ...scope(period)])
      return rows.map(toGroupRow)
    },
    async experimentCounts(flow, period, outcome) {
      const { rows } = await pool.query(
        experimentSql(outcome.kind),
        experimentParameters(flow, period, outcome),
      )
      return rows.map(toVariantOutcomeRow)
    },
    async flowProgress(flow, period) {
      const { rows } = await pool.query(flowProgressSql, [flow, ...scope(period)])
      return rows.map((row: Record<string, unknown>) => toProgressRow(row))
    },
    async alternativeFunnel(flow, other, period) {
      const { rows } = await pool.query<Record<string, unknown>>(alternativeFunnelSql, [
        flow,
        ...scope(period),
        other,
      ])
      return toAlternativeFunnelRow(rows[0])
    },
    async questionWeeks(period) {
      const { rows } = await pool.query(questionWeeksSql, scope(period))
      return rows.map(toQuestionWeekRow)
    },
    async questionSources(period) {
      const { rows } = await pool.query(questionSourcesSql, scope(period))
      return rows.map(toQuestionSourceRow)
    },
    async count() {
      const { rows } = await pool.query<{ n: unknown }>('SELECT COUNT(*)::int AS n FROM events')
      return Number(rows[0]!.n)
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
