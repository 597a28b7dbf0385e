import { backoffMs, batchBody, nextBatch, removeEvents } from './batch.ts'
import { serverMessage, trackingApi } from './endpoint.ts'
import { loadTracking, updateTracking } from './storage.ts'
import { addSentFor } from './trackingState.ts'
import type { TrackingEvent } from './types.ts'

let inFlight = false
let timer: ReturnType<typeof setTimeout> | undefined
let started = false

/** Sends soon (after `delay` ms), unless a send is already planned sooner. */
export function scheduleFlush(delay = 300): void {
  if (timer !== undefined) return
  timer = setTimeout(() => {
    timer = undefined
    void flush()
  }, delay)
}

function failed(): void {
  const state = updateTracking((current) => {
    const failures = current.failures + 1
    return { ...current, failures, retryAt: Date.now() + backoffMs(failures, Math.random()) }
  })
  scheduleFlush(Math.max(0, state.retryAt - Date.now()))
}

async function post(api: string, batch: TrackingEvent[]): Promise<Response> {
  // keepalive lets the request finish after the page is gone (tab closed, link followed).
  return fetch(`${api}/v1/events`, {
    method: 'POST',
    keepalive: true,
    headers: { 'content-type': 'application/json' },
    body: batchBody(batch),
  })
}

/**
 * Sends the queue in batches until it is empty. 2xx: the batch leaves the queue. Network
 * error, 408, 429 or 5xx: it stays, and the next try waits longer (1 s … 1 min). Any other
 * 4xx: the batch is dropped (retrying cannot help) and the server's message goes to the console.
 */
export async function flush(): Promise<void> {
  const api = trackingApi()
  if (inFlight || !api) return
  const { state } = loadTracking()
  if (!state.consent || state.queue.length === 0) return
  if (Date.now() < state.retryAt) {
    scheduleFlush(state.retryAt - Date.now())
    return
  }
  const batch = nextBatch(state.queue)
  const ids = batch.map((event) => event.id)
  inFlight = true
  try {
    const response = await post(api, batch)
    if (response.ok) {
      const subjects = [...new Set(batch.map((event) => event.subject))]
      updateTracking((current) => ({
        ...addSentFor(removeEvents(current, ids), subjects),
        failures: 0,
        retryAt: 0,
      }))
    } else if (response.status === 408 || response.status === 429 || response.status >= 500) {
      failed()
      return
    } else {
      const message = await serverMessage(response)
      console.error(
        `Jobunivers: the tracking API refused ${ids.length} event(s) (HTTP ${response.status}): ${message}. They were dropped.`,
      )
      updateTracking((current) => removeEvents(current, ids))
    }
  } catch {
    failed()
    return
  } finally {
    inFlight = false
  }
  if (loadTracking().state.queue.length > 0) scheduleFlush(0)
}

/**
 * Starts sending on this page: now, when the browser comes back online, and when the page is
 * hidden or left (fetch with keepalive outlives the page). Safe to call more than once.
 */
export function startSender(): void {
  if (started || typeof window === 'undefined') return
  started = true
  window.addEventListener('online', () => {
    updateTracking((state) => ({ ...state, retryAt: 0 }))
    void flush()
  })
  window.addEventListener('pagehide', () => void flush())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flush()
  })
  scheduleFlush(0)
}
