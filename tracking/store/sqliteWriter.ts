// The SQLite writer thread: one connection that only writes, so a commit's fsync never
// blocks the event loop that parses and validates requests. The main thread sends a message
// per group of batches as soon as it has one; the writer takes every message waiting when it
// is free and writes them all in one transaction, so it never idles while there is work and
// the cost of a commit is shared by everything that arrived during the previous one.
import { DatabaseSync } from 'node:sqlite'
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads'
import { eventColumns, toRows } from './rows.ts'
import { openPragmas } from './sqlitePragmas.ts'
import type { TrackingEvent } from './types.ts'

/**
 * A message to the writer: write a group of batches, or close. The group is JSON text of
 * {@link WriterGroup}: a string crosses threads as one copy, where objects are cloned field
 * by field at twice the cost to the event loop.
 */
export type WriterRequest = { id: number; group: string } | { id: number; close: true }
/** What a request's `group` holds. */
export type WriterGroup = { batches: TrackingEvent[][]; receivedAt: number[] }
/**
 * The writer's answer to one request: committed, or the error that rolled its transaction
 * back; with the number of transactions the writer has committed so far.
 */
export type WriterAnswer = { id: number; error?: string; transactions: number }

type Write = { id: number; group: WriterGroup }

const port = parentPort!
const db = new DatabaseSync((workerData as { file: string }).file)
openPragmas(db)
const insert = db.prepare(
  `INSERT INTO events (${eventColumns.join(', ')})
   VALUES (${eventColumns.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
)
let transactions = 0

/** Writes the groups in one transaction: all of them commit, or none. */
function commit(writes: Write[]): void {
  const rows = toRows(
    writes.flatMap((write) => write.group.batches),
    writes.flatMap((write) => write.group.receivedAt),
  )
  try {
    db.exec('BEGIN IMMEDIATE')
    for (const row of rows) insert.run(...eventColumns.map((column) => row[column]))
    db.exec('COMMIT')
    transactions++
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK')
    throw error
  }
}

/** What the client is told of a failed write: the error's message. */
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

const answer = (id: number, error?: unknown) =>
  port.postMessage({
    id,
    transactions,
    ...(error === undefined ? {} : { error: errorText(error) }),
  } satisfies WriterAnswer)

/** Writes the groups together; if that fails, each alone, so one bad group sinks no other. */
function writeAll(writes: Write[]): void {
  if (writes.length === 0) return
  try {
    commit(writes)
    for (const write of writes) answer(write.id)
  } catch (error) {
    if (writes.length === 1) {
      answer(writes[0]!.id, error)
      return
    }
    for (const write of writes) {
      try {
        commit([write])
        answer(write.id)
      } catch (alone) {
        answer(write.id, alone)
      }
    }
  }
}

port.on('message', (first: WriterRequest) => {
  const requests = [first]
  for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) {
    requests.push(next.message as WriterRequest)
  }
  const writes: Write[] = []
  for (const request of requests) {
    if ('close' in request) {
      writeAll(writes)
      db.close()
      answer(request.id)
      port.close()
      return
    }
    try {
      writes.push({ id: request.id, group: JSON.parse(request.group) as WriterGroup })
    } catch (error) {
      answer(request.id, error)
    }
  }
  writeAll(writes)
})
