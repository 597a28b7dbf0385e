import type { TrackingEvent } from '../../content-models/browser.ts'

// The event and its input are the contract's (content-models/events.ts), shared with the API.
export type { EventInput, TrackingEvent } from '../../content-models/browser.ts'

/** Everything about sending that the device keeps, in its own versioned localStorage value. */
export type TrackingState = {
  version: 1
  /** Whether the citizen said yes to sending; off until they turn it on. */
  consent: boolean
  /** When the choice was last made (ISO time), or null when never. */
  consentAt: string | null
  /** Events waiting to be sent, oldest first. */
  queue: TrackingEvent[]
  /** Events sent once per subject (`<subject>|<key>`), so a reload does not send them again. */
  once: string[]
  /** Subject ids this device has sent events for: what "erase everything" erases on the server. */
  sentFor: string[]
  /** Failed attempts in a row, and when to try again (ms since the epoch). */
  failures: number
  retryAt: number
  /** The last `at` given out, so events keep their order even within one millisecond. */
  lastAt: number
}
