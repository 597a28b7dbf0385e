import { Worker } from 'node:worker_threads'
import type { TrackingEvent } from './types.ts'
import type { WriterAnswer, WriterGroup, WriterRequest } from './sqliteWriter.ts'

/**
 * Starts the SQLite writer thread (sqliteWriter.ts) on a migrated database file and returns
 * a function that sends it a group of batches, resolving once the transaction holding them
 * has committed.
 */
export function startSqliteWriter(file: string) {
  const worker = new Worker(new URL('./sqliteWriter.ts', import.meta.url), { workerData: { file } })
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()
  let next = 0
  let failure: Error | undefined
  let transactions = 0

  worker.on('message', (answer: WriterAnswer) => {
    transactions = answer.transactions
    const pending = waiting.get(answer.id)
    waiting.delete(answer.id)
    if (answer.error === undefined) pending?.resolve()
    else pending?.reject(new Error(answer.error))
  })
  // If the thread dies, every write waiting on it, and every later one, fails (500, not 202).
  const fail = (error: Error) => {
    failure = error
    for (const pending of waiting.values()) pending.reject(error)
    waiting.clear()
  }
  worker.on('error', fail)
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      fail(new Error(`SQLite writer thread exited (${code})`))
      resolve()
    }),
  )

  const send = (message: WriterRequest) =>
    new Promise<void>((resolve, reject) => {
      if (failure) {
        reject(failure)
        return
      }
      waiting.set(message.id, { resolve, reject })
      worker.postMessage(message)
    })

  return {
    /** Writes batches (with others waiting, in one transaction); resolves after the commit. */
    write: (batches: TrackingEvent[][], receivedAt: number[]) =>
      send({ id: next++, group: JSON.stringify({ batches, receivedAt } satisfies WriterGroup) }),
    /** Transactions the writer has committed. */
    transactions: () => transactions,
    /** Closes the writer's connection and ends the thread. */
    async close() {
      if (!failure) await send({ id: next++, close: true }).catch(() => {})
      await exited
    },
  }
}
