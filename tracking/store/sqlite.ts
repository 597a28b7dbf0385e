import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { flowGroupsSql, flowStepsSql, flowTotalsSql } from './aggregateSql.ts'
import { experimentParameters, experimentSql } from './experimentSql.ts'
import { alternativeFunnelSql, flowProgressSql } from './progressSql.ts'
import { questionSourcesSql, questionWeeksSql } from './questionSql.ts'
import { createGroupCommitter } from './groupCommit.ts'
import { migrateSqlite } from './migrations/sqlite.ts'
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
import { scopeParameters as scope } from './scopeSql.ts'
import { openPragmas } from './sqlitePragmas.ts'
import { startSqliteWriter } from './sqliteWriterClient.ts'
import type { ExperimentOutcome, Period, Store } from './types.ts'

// The shared aggregate SQL numbers its parameters $1..$n; SQLite spells that ?1..?n.
const numbered = (sql: string) => sql.replace(/\$(\d+)/g, '?$1')

/**
 * Opens (creating if needed) a SQLite event store in WAL mode with full fsync on commit, and
 * applies its migrations. Writes go through group commit to a writer thread: while it
 * commits one transaction, the batches arriving meanwhile form the next. Reads use this thread's
 * own connection (WAL lets them run beside the writer).
 */
export function openSqliteStore(file: string): Store & { commits: () => number } {
  mkdirSync(dirname(file), { recursive: true })
  const db = new DatabaseSync(file)
  openPragmas(db)
  migrateSqlite(db)
  const writer = startSqliteWriter(file)

  const bySubject = db.prepare('SELECT * FROM events WHERE subject = ? ORDER BY at, id')
  const eraseSubject = db.prepare('DELETE FROM events WHERE subject = ?')
  const deleteBefore = db.prepare('DELETE FROM events WHERE received_at < ?')
  const countAll = db.prepare('SELECT COUNT(*) AS n FROM events')
  const totals = db.prepare(numbered(flowTotalsSql))
  const steps = db.prepare(numbered(flowStepsSql))
  const groups = [
    db.prepare(numbered(flowGroupsSql(false))),
    db.prepare(numbered(flowGroupsSql(true))),
  ]
  const progress = db.prepare(numbered(flowProgressSql))
  const alternative = db.prepare(numbered(alternativeFunnelSql))
  const questionWeeks = db.prepare(numbered(questionWeeksSql))
  const questionSources = db.prepare(numbered(questionSourcesSql))
  const experiments = new Map<ExperimentOutcome['kind'], ReturnType<typeof db.prepare>>()
  const experimentStatement = (kind: ExperimentOutcome['kind']) => {
    let statement = experiments.get(kind)
    if (!statement) experiments.set(kind, (statement = db.prepare(numbered(experimentSql(kind)))))
    return statement
  }

  // The writer takes every group waiting when it is free into one transaction, so groups go
  // to it as soon as they form; the limit only bounds what waits in its queue.
  const committer = createGroupCommitter({
    maxInFlight: 16,
    write: (batches, receivedAt) => writer.write(batches, receivedAt),
  })

  return {
    kind: 'sqlite',
    commits: () => writer.transactions(),
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
      return totals.all(...scope(period)).map(toTotalsRow)
    },
    async flowSteps(flow: string, period: Period) {
      return steps.all(flow, ...scope(period)).map(toStepRow)
    },
    async flowGroups(flow: string, period: Period, byVariant: boolean) {
      return groups[byVariant ? 1 : 0]!.all(flow, ...scope(period)).map(toGroupRow)
    },
    async experimentCounts(flow, period, outcome) {
      const statement = experimentStatement(outcome.kind)
      return statement.all(...experimentParameters(flow, period, outcome)).map(toVariantOutcomeRow)
    },
    async flowProgress(flow, period) {
      return progress.all(flow, ...scope(period)).map(toProgressRow)
    },
    async alternativeFunnel(flow, other, period) {
      return toAlternativeFunnelRow(alternative.get(flow, ...scope(period), other))
    },
    async questionWeeks(period) {
      return questionWeeks.all(...scope(period)).map(toQuestionWeekRow)
    },
    async questionSources(period) {
      return questionSources.all(...scope(period)).map(toQuestionSourceRow)
    },
    async count() {
      return Number(countAll.get()!.n)
    },
    async ping() {
      db.prepare('SELECT 1').get()
    },
    async close() {
      await committer.drain()
      await writer.close()
      if (db.isOpen) db.close()
    },
  }
}
