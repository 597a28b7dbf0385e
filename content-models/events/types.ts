import type { Locale } from '../locales.ts'
import type { EventType } from './vocabulary.ts'

/** An answer to a screening question: option keys only, never free text. */
type EventAnswer = { question: string; value: string | string[] }

/** One progress event as the browser sends it (design: tracking.md). */
export type TrackingEvent = {
  id: string
  subject: string
  type: EventType
  at: string
  locale?: Locale
  /** The official code of the municipality the citizen chose, when they chose one (checkedFault). */
  municipality?: string
  flow?: string
  step?: string
  content?: string
  variant?: string
  value?: number
  answer?: EventAnswer
}

/** What a page says happened; id, subject, time, locale and municipality are added when it is queued. */
export type EventInput = Omit<TrackingEvent, 'id' | 'subject' | 'at' | 'locale' | 'municipality'>

/** An event as stored and exported: what was sent plus the server's receive time. */
export type StoredEvent = TrackingEvent & { receivedAt: string }

/** The body of POST /v1/events. */
export type EventBatch = { events: TrackingEvent[] }
