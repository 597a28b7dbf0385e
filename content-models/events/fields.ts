import { slugPattern } from '../slug.ts'
import { videoProgressMarks, type EventType } from './vocabulary.ts'

/** A rule for a string field: an ASCII regular expression (as source text) and its lengths. */
export type StringRule = {
  readonly pattern: string
  readonly minLength?: number
  readonly maxLength: number
}

/**
 * The string rules of the event contract. Patterns are source text, so the same string serves
 * JSON Schema (the tracking API's Ajv) and `new RegExp` (the site); all are ASCII.
 */
export const eventStringRules = {
  /** A lower-case UUID; the site makes time-ordered ones (version 7). */
  uuid: {
    pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
    maxLength: 36,
  },
  /** The anonymous id a device makes for itself: 16–64 of A-Z a-z 0-9 _ -. */
  subject: { pattern: '^[A-Za-z0-9_-]{16,64}$', minLength: 16, maxLength: 64 },
  /** A key an editor gives a step, question, option or variant. */
  key: { pattern: '^[a-z0-9][a-z0-9_-]{0,63}$', maxLength: 64 },
  /** A flow's URL slug. */
  slug: { pattern: slugPattern.source, maxLength: 80 },
  /** `collection/slug` of the content an event is about. */
  content: { pattern: '^[a-z0-9-]{1,32}/[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 113 },
  /**
   * A municipality code: three digits by pattern; it must also be one of the 98 official
   * codes (checkedFault, after the schema).
   */
  municipality: { pattern: '^[0-9]{3}$', minLength: 3, maxLength: 3 },
  /** An RFC 3339 date-time with Z or an offset (the day must also exist: hasRealDate). */
  dateTime: {
    pattern:
      '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,9})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$',
    maxLength: 40,
  },
} as const satisfies Record<string, StringRule>

/** Which string rule each string field of an event follows. */
export const eventStringFields = {
  id: 'uuid',
  subject: 'subject',
  flow: 'slug',
  step: 'key',
  content: 'content',
  variant: 'key',
  municipality: 'municipality',
  at: 'dateTime',
} as const satisfies Record<string, keyof typeof eventStringRules>

/** Fields every event has. */
export const requiredEventFields = ['id', 'subject', 'type', 'at'] as const

/** The fields an event type may require besides the ones every event has. */
type PerTypeField = 'flow' | 'step' | 'content' | 'value' | 'answer'

/** The numbers an event type takes in `value` (a JSON Schema subset: an enum, or a whole range). */
type ValueRule =
  | { readonly enum: readonly number[] }
  | { readonly type: 'integer'; readonly minimum: number; readonly maximum: number }

/** What one event type needs: its required fields, and its `value` rule when it has a value. */
export type EventTypeRule = {
  readonly required: readonly PerTypeField[]
  readonly value?: ValueRule
}

/**
 * Per event type: the fields it must have; only types with a `value` rule may carry a value,
 * and only types that require an `answer` may carry one.
 */
export const eventTypeRules = {
  flow_started: { required: ['flow'] },
  flow_completed: { required: ['flow'] },
  fallback_offered: { required: ['flow'] },
  step_viewed: { required: ['flow', 'step'] },
  step_completed: { required: ['flow', 'step'] },
  question_answered: { required: ['flow', 'answer'] },
  checklist_item_checked: { required: ['content'] },
  checklist_item_unchecked: { required: ['content'] },
  video_progress: { required: ['content', 'value'], value: { enum: videoProgressMarks } },
  contact_requested: { required: [] },
  feedback: { required: ['value'], value: { type: 'integer', minimum: 1, maximum: 5 } },
  // A question on "Spørg": 1 answered, 0 not; `content` is the source opened, if any. Never the question.
  question_asked: { required: ['value'], value: { enum: [0, 1] } },
} as const satisfies Record<EventType, EventTypeRule>

/** An answer's value: one option key, or 1–20 different ones (never free text). */
export const answerValueLimits = { minItems: 1, maxItems: 20 } as const
