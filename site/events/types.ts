import type { EventType, Locale } from '../../content-models/index.ts'

/** A progress event as the tracking API takes it (design: tracking.md). */
export type TrackingEvent = {
  id: string
  subject: string
  type: EventType
  at: string
  locale?: Locale
  flow?: string
  step?: string
  content?: string
  variant?: string
  value?: number
  answer?: { question: string; value: string | string[] }
}

/** What a page says happened; id, subject, time and locale are added when it is queued. */
export type EventInput = Omit<TrackingEvent, 'id' | 'subject' | 'at' | 'locale'>

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
