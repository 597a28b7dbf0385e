import type { TrackingState } from './types.ts'
import { isValidEvent } from './validate.ts'

export { trackingKey } from './trackingKey.ts'

/** The most events kept waiting; beyond it the oldest go first (weeks offline with a busy flow). */
export const maxQueue = 1000
const maxOnce = 500
const maxSentFor = 20

/** The state before the citizen has chosen anything: sending off, nothing queued. */
export function emptyTracking(): TrackingState {
  return {
    version: 1,
    consent: false,
    consentAt: null,
    queue: [],
    once: [],
    sentFor: [],
    failures: 0,
    retryAt: 0,
    lastAt: 0,
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0

/**
 * Reads the stored sending state. Nothing stored gives the empty state; a value that does not
 * parse or check is `corrupt` and gives the empty state (sending off) so the site can say so.
 * Queued events are kept only if each still looks like an event, and of those only the ones the
 * API accepts (one it refuses would make the API refuse its whole batch). Never throws.
 */
export function parseTracking(raw: string | null): {
  state: TrackingState
  reset: 'corrupt' | null
} {
  if (raw === null) return { state: emptyTracking(), reset: null }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { state: emptyTracking(), reset: 'corrupt' }
  }
  if (
    !isRecord(value) ||
    value.version !== 1 ||
    typeof value.consent !== 'boolean' ||
    !(value.consentAt === null || typeof value.consentAt === 'string') ||
    !Array.isArray(value.queue) ||
    !value.queue.every((event) => isRecord(event) && typeof event.id === 'string') ||
    !isStrings(value.once) ||
    !isStrings(value.sentFor) ||
    !isCount(value.failures) ||
    !isCount(value.retryAt) ||
    !isCount(value.lastAt)
  ) {
    return { state: emptyTracking(), reset: 'corrupt' }
  }
  const state = value as TrackingState
  return { state: { ...state, queue: state.queue.filter(isValidEvent) }, reset: null }
}

/** Turns sending on or off; turning it off drops what waits in the queue. */
export function setConsent(state: TrackingState, consent: boolean, now: Date): TrackingState {
  return {
    ...state,
    consent,
    consentAt: now.toISOString(),
    queue: consent ? state.queue : [],
    failures: 0,
    retryAt: 0,
  }
}

/** Marks a once-key as used for a subject; false in `fresh` when it was used before. */
export function claimOnce(
  state: TrackingState,
  subject: string,
  key: string,
): { state: TrackingState; fresh: boolean } {
  const mark = `${subject}|${key}`
  if (state.once.includes(mark)) return { state, fresh: false }
  return { state: { ...state, once: [...state.once, mark].slice(-maxOnce) }, fresh: true }
}

/** Records that events of these subjects reached the server (for erasure later). */
export function addSentFor(state: TrackingState, subjects: string[]): TrackingState {
  const kept = state.sentFor.filter((subject) => !subjects.includes(subject))
  return { ...state, sentFor: [...kept, ...new Set(subjects)].slice(-maxSentFor) }
}

/** The next time to give out: now, or one millisecond after the last, so order is kept. */
export function nextAt(state: TrackingState, now: number): { state: TrackingState; at: Date } {
  const at = Math.max(now, state.lastAt + 1)
  return { state: { ...state, lastAt: at }, at: new Date(at) }
}
