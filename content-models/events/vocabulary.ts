import type { Locale } from '../locales.ts'

/** Progress event types the site may send to the tracking API (design: tracking.md). */
export const eventTypes = [
  'flow_started',
  'question_answered',
  'step_viewed',
  'step_completed',
  'checklist_item_checked',
  'checklist_item_unchecked',
  'video_progress',
  'flow_completed',
  'fallback_offered',
  'contact_requested',
  'feedback',
  'question_asked',
] as const
/** One of the event types. */
export type EventType = (typeof eventTypes)[number]

/** Video progress is reported at these percentages only. */
export const videoProgressMarks = [25, 50, 75, 100] as const

// locales.ts imports zod, which must not reach the browser through this module; this object
// fails the type check when a locale is added there and not here, or the other way round.
const localeSet = { da: true, en: true } satisfies Record<Locale, true>

/** The locales an event may name: the site's locales. */
export const eventLocales = Object.keys(localeSet) as Locale[]
