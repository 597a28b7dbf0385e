// The SQLite writer thread: one connection that only writes, so a commit's fsync never
// blocks the event loop that parses and validates requests. The main thread sends one
// message per group of batches and answers the requests when the commit is reported.
import { DatabaseSync } from 'node:sqlite'
import { parentPort, workerData } from 'node:worker_threads'
import { eventColumns, toRows } from './rows.ts'
import { openPragmas } from './sqlitePragmas.ts'
import type { TrackingEvent } from './types.ts'

/**
 * A message to the writer: write a group of batches in one transaction, or close. The group
 * is JSON text of {@link WriterGroup}: a string crosses threads as one copy, where objects
 * are cloned field by field at twice the cost to the event loop.
 */
export type WriterRequest = { id: number; group: string } | { id: number; close: true }
/** What a request's `group` holds. */
export type WriterGroup = { batches: TrackingEvent[][]; receivedAt: number[] }
/** The writer's answer: committed, or the error that rolled the transaction back. */
export type WriterAnswer = { id: number; error?: string }

const db = new DatabaseSync((workerData as { file: string }).file)
openPragmas(db)
const insert = db.prepare(
  `INSERT INTO events (${eventColumns.join(', ')})
   VALUES (${eventColumns.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
)

parentPort!.on('message', (message: WriterRequest) => {
  if ('close' in message) {
    db.close()
    parentPort!.postMessage({ id: message.id } satisfies WriterAnswer)
    parentPort!.close()
    return
  }
  try {
    const { batches, receivedAt } = JSON.parse(message.group) as WriterGroup
    const rows = toRows(batches, receivedAt)
    db.exec('BEGIN IMMEDIATE')
    for (const row of rows) insert.run(...eventColumns.map((column) => row[column]))
    db.exec('COMMIT')
    parentPort!.postMessage({ id: message.id } satisfies WriterAnswer)
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK')
    parentPort!.postMessage({
      id: message.id,
      error: String((error as Error).message ?? error),
    } satisfies WriterAnswer)
  }
})
