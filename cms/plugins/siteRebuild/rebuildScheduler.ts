/** Where the last site rebuild stands, as the admin shows it. */
export type RebuildState = {
  status: 'idle' | 'pending' | 'running' | 'succeeded' | 'failed'
  reason?: string
  requestedAt?: string
  startedAt?: string
  finishedAt?: string
  error?: string
  builds: number
}

/** Runs one rebuild; throws with a message an admin can act on when it fails. */
export type RebuildRunner = (reasons: string[]) => Promise<void>

/** Debounced site rebuilds and where they stand. */
export type RebuildScheduler = {
  /** Asks for a rebuild: requests within the debounce window make one build. */
  request: (reason: string) => void
  state: () => RebuildState
  /** Resolves once nothing is pending or running (tests, shutdown). */
  settled: () => Promise<void>
}

/** The two timer functions the debounce uses (the platform's by default). */
export type DebounceTimers = {
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: never) => void
}

/**
 * Debounces rebuild requests: several publishes within `debounceMs` start one build, and
 * requests while a build runs are followed by exactly one more build afterwards.
 * `now` and `timers` are passed in so the state's times and the debounce are testable.
 */
export function createRebuildScheduler(options: {
  run: RebuildRunner
  debounceMs?: number
  onChange?: (state: RebuildState) => void
  now?: () => Date
  /** The debounce timer; tests pass a clock they move by hand. */
  timers?: DebounceTimers
}): RebuildScheduler {
  const debounceMs = options.debounceMs ?? 3000
  const now = options.now ?? (() => new Date())
  const { setTimeout, clearTimeout } = options.timers ?? globalThis
  const state: RebuildState = { status: 'idle', builds: 0 }
  let timer: unknown
  let running = false
  let again = false
  let reasons: string[] = []
  let waiters: (() => void)[] = []

  const emit = () => options.onChange?.({ ...state })
  const settle = () => {
    if (running || timer || again) return
    for (const resolve of waiters) resolve()
    waiters = []
  }
  const schedule = () => {
    clearTimeout(timer as never)
    timer = setTimeout(() => void start(), debounceMs)
  }
  const start = async () => {
    timer = undefined
    running = true
    const batch = reasons
    reasons = []
    Object.assign(state, {
      status: 'running',
      startedAt: now().toISOString(),
      error: undefined,
      builds: state.builds + 1,
    })
    emit()
    try {
      await options.run(batch)
      state.status = 'succeeded'
    } catch (error) {
      state.status = 'failed'
      state.error = error instanceof Error ? error.message : String(error)
    }
    running = false
    state.finishedAt = now().toISOString()
    emit()
    if (again) {
      again = false
      schedule()
    }
    settle()
  }

  return {
    request(reason) {
      reasons.push(reason)
      Object.assign(state, { reason, requestedAt: now().toISOString() })
      if (running) {
        again = true
      } else {
        state.status = 'pending'
        schedule()
      }
      emit()
    },
    state: () => ({ ...state }),
    settled: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve)
        settle()
      }),
  }
}
