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
] as const
export type EventType = (typeof eventTypes)[number]

/** Video progress is reported at these percentages only. */
export const videoProgressMarks = [25, 50, 75, 100] as const
