import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from './clock.ts'
import { logSafe } from './logSafe.ts'
import type { Store } from './store/types.ts'

/** One day in milliseconds. */
const day = 24 * 60 * 60 * 1000

/** Options of {@link startRetention}. */
export type RetentionOptions = {
  store: Store
  retentionDays: number
  clock: Clock
  log: Pick<FastifyBaseLogger, 'info' | 'error'>
  /** How often to run; daily unless a test says otherwise. */
  everyMs?: number
}

/** Deletes events received more than `retentionDays` before the clock's now. */
export async function applyRetention(
  store: Store,
  retentionDays: number,
  now: number,
): Promise<number> {
  return store.deleteReceivedBefore(now - retentionDays * day)
}

/**
 * Runs retention now and then every `everyMs` (daily) until stopped. The timer does not keep
 * the process alive; a failed run is logged and the next one tries again.
 */
export function startRetention(options: RetentionOptions) {
  const { store, retentionDays, clock, log } = options
  let running: Promise<void> = Promise.resolve()
  const run = () => {
    running = applyRetention(store, retentionDays, clock.now()).then(
      (removed) => log.info({ removed, retentionDays }, 'retention: deleted old events'),
      (error: unknown) => log.error({ err: logSafe(error) }, 'retention failed'),
    )
    return running
  }
  void run()
  const timer = setInterval(() => void run(), options.everyMs ?? day)
  timer.unref()
  return {
    /** The run in progress (or the last one), for tests and shutdown. */
    settled: () => running,
    /** Stops the timer and waits for a run in progress. */
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
