import type { TrackingEvent } from './types.ts'

/** Writes several batches in one transaction; rejects if the transaction rolled back. */
type WriteGroup = (batches: TrackingEvent[][], receivedAt: number[]) => Promise<void>

type Pending = {
  events: TrackingEvent[]
  receivedAt: number
  resolve: () => void
  reject: (error: unknown) => void
}

/** Options of {@link createGroupCommitter}. */
export type GroupCommitOptions = {
  /** Writes a group of batches in one transaction. */
  write: WriteGroup
  /** Most transactions in flight at once (1 for SQLite, a few for a Postgres pool). */
  maxInFlight?: number
  /** Most events in one transaction; the rest wait for the next one. */
  maxEvents?: number
}

/** Counters of a group committer, for tests and benchmarks. */
type GroupCommitStats = { transactions: number; batches: number }

/**
 * Group commit: batches submitted while a transaction is being written wait and are then
 * written together in the next transaction, so the cost of a commit (an fsync) is shared.
 * Each submitter's promise settles only when its own batch has committed. When a shared
 * transaction fails, each of its batches is retried alone so one bad batch cannot sink the
 * others, and every batch stays all or nothing.
 */
export function createGroupCommitter(options: GroupCommitOptions) {
  const maxInFlight = options.maxInFlight ?? 1
  const maxEvents = options.maxEvents ?? 5000
  const queue: Pending[] = []
  const stats: GroupCommitStats = { transactions: 0, batches: 0 }
  let inFlight = 0
  let scheduled = false
  let idle: Array<() => void> = []

  function schedule() {
    if (scheduled || inFlight >= maxInFlight || queue.length === 0) return
    scheduled = true
    // setImmediate lets every request parsed in this turn of the event loop join the group.
    setImmediate(() => {
      scheduled = false
      while (inFlight < maxInFlight && queue.length > 0) void flush(takeGroup())
    })
  }

  function takeGroup(): Pending[] {
    const group: Pending[] = []
    let events = 0
    while (queue.length > 0) {
      const next = queue[0]!
      if (group.length > 0 && events + next.events.length > maxEvents) break
      group.push(queue.shift()!)
      events += next.events.length
    }
    return group
  }

  async function write(group: Pending[]) {
    stats.transactions++
    await options.write(
      group.map((p) => p.events),
      group.map((p) => p.receivedAt),
    )
  }

  async function flush(group: Pending[]) {
    inFlight++
    try {
      await write(group)
      for (const p of group) p.resolve()
    } catch (error) {
      if (group.length === 1) group[0]!.reject(error)
      else {
        for (const p of group) {
          try {
            await write([p])
            p.resolve()
          } catch (single) {
            p.reject(single)
          }
        }
      }
    } finally {
      stats.batches += group.length
      inFlight--
      if (queue.length > 0) schedule()
      else if (inFlight === 0) {
        for (const done of idle) done()
        idle = []
      }
    }
  }

  return {
    stats,
    /** Queues a batch; resolves after the transaction holding it has committed. */
    submit(events: TrackingEvent[], receivedAt: number): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        queue.push({ events, receivedAt, resolve, reject })
        schedule()
      })
    },
    /** Resolves once nothing is queued or being written. */
    drain(): Promise<void> {
      if (queue.length === 0 && inFlight === 0 && !scheduled) return Promise.resolve()
      return new Promise((resolve) => idle.push(resolve))
    },
  }
}
