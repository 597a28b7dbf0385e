import { eventBatchLimits } from '../../content-models/browser.ts'
import type { operations } from '../../content-models/generated/trackingApi.ts'
import { maxQueue } from './trackingState.ts'
import type { TrackingEvent, TrackingState } from './types.ts'

const { maxEvents, maxBytes } = eventBatchLimits

const encoder = new TextEncoder()
const bytes = (text: string) => encoder.encode(text).length

/** The body of POST /v1/events as the API's OpenAPI document describes it (generated types). */
type ApiBatch = operations['storeEvents']['requestBody']['content']['application/json']
type ApiEvent = ApiBatch['events'][number]

/** `A` when A and B have the same fields of the same types, else `never`. */
type Same<A, B> = [A, keyof A] extends [B, keyof B]
  ? [B, keyof B] extends [A, keyof A]
    ? A
    : never
  : never

/**
 * The request body for a batch. Its parameter is `never[]`, and the sender fails the type
 * check, when the site's event and the API's document disagree on a field's name or type.
 */
export function batchBody(events: Same<TrackingEvent, ApiEvent>[]): string {
  return JSON.stringify({ events } satisfies ApiBatch)
}

/**
 * The oldest events that fit one request: at most 100, and a JSON body of at most 64 KiB.
 * @example nextBatch(state.queue).length // 0 when nothing waits
 */
export function nextBatch(queue: TrackingEvent[]): TrackingEvent[] {
  const batch: TrackingEvent[] = []
  let size = bytes(batchBody([])) - 2
  for (const event of queue) {
    if (batch.length >= maxEvents) break
    const add = bytes(JSON.stringify(event)) + (batch.length > 0 ? 1 : 0)
    if (size + add + 2 > maxBytes) break
    batch.push(event)
    size += add
  }
  return batch
}

/** Adds an event to the queue (an id already there is not added twice); the oldest go past the cap. */
export function enqueue(state: TrackingState, event: TrackingEvent): TrackingState {
  if (state.queue.some((queued) => queued.id === event.id)) return state
  return { ...state, queue: [...state.queue, event].slice(-maxQueue) }
}

/** Removes events by id: sent and stored, or refused by the API. */
export function removeEvents(state: TrackingState, ids: string[]): TrackingState {
  const gone = new Set(ids)
  return { ...state, queue: state.queue.filter((event) => !gone.has(event.id)) }
}

/**
 * How long to wait after `failures` failed attempts in a row: 1 s, 2 s, 4 s … up to a
 * minute, with ±20 % jitter (`random` in [0, 1)) so many devices do not retry together.
 */
export function backoffMs(failures: number, random: number): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1))
  return Math.round(base * (0.8 + 0.4 * random))
}
