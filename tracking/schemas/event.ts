import { eventTypes, locales, videoProgressMarks } from '../../content-models/index.ts'

// The JSON schemas of events. Fastify validates every request against them (Ajv, with
// coercion and removal of unknown fields turned off in app.ts), and @fastify/swagger
// publishes them as OpenAPI. Every string has a maximum length.

/** A key an editor gives a step, question, option or variant (content-models' key rule). */
export const keySchema = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9_-]{0,63}$',
  maxLength: 64,
} as const

/** A flow's URL slug. */
export const slugSchema = {
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 80,
} as const

/** The anonymous id a device makes for itself: 16–64 of A-Z a-z 0-9 _ -. */
export const subjectSchema = {
  type: 'string',
  pattern: '^[A-Za-z0-9_-]{16,64}$',
  minLength: 16,
  maxLength: 64,
} as const

const uuidSchema = {
  type: 'string',
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  maxLength: 36,
  description:
    'Made by the browser, lower case; the site makes time-ordered ones (version 7), which the store indexes cheapest. The same id twice is stored once.',
} as const

const answerSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['question', 'value'],
  properties: {
    question: keySchema,
    value: {
      description: 'The option value(s) chosen: keys defined in the flow, never free text.',
      anyOf: [
        keySchema,
        { type: 'array', items: keySchema, minItems: 1, maxItems: 20, uniqueItems: true },
      ],
    },
  },
} as const

const eventProperties = {
  id: uuidSchema,
  subject: subjectSchema,
  type: { type: 'string', enum: eventTypes },
  flow: slugSchema,
  step: keySchema,
  content: {
    type: 'string',
    pattern: '^[a-z0-9-]{1,32}/[a-z0-9]+(?:-[a-z0-9]+)*$',
    maxLength: 113,
    description: 'collection/slug of the content the event is about.',
  },
  variant: keySchema,
  value: { type: 'number', description: 'video_progress: 25, 50, 75 or 100; feedback: 1–5.' },
  answer: answerSchema,
  locale: { type: 'string', enum: locales },
  at: {
    type: 'string',
    // An RFC 3339 date-time with its offset, as a pattern: Ajv's date-time format costs a
    // quarter of validation time; the route also checks the instant parses.
    pattern:
      '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,9})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$',
    maxLength: 40,
    description: "The device's clock (RFC 3339 date-time with Z or an offset).",
  },
} as const

/** Per event type: the fields it must have, and which of `value`/`answer` it may have. */
const rules = [
  { types: ['flow_started', 'flow_completed', 'fallback_offered'], required: ['flow'] },
  { types: ['step_viewed', 'step_completed'], required: ['flow', 'step'] },
  { types: ['question_answered'], required: ['flow', 'answer'] },
  { types: ['checklist_item_checked', 'checklist_item_unchecked'], required: ['content'] },
  {
    types: ['video_progress'],
    required: ['content', 'value'],
    value: { enum: videoProgressMarks },
  },
  { types: ['feedback'], required: ['value'], value: { type: 'integer', minimum: 1, maximum: 5 } },
] as const

const typeRules = [
  ...rules.map((rule) => ({
    if: { required: ['type'], properties: { type: { enum: rule.types } } },
    then: { required: rule.required, properties: 'value' in rule ? { value: rule.value } : {} },
  })),
  {
    if: {
      required: ['type'],
      properties: { type: { not: { enum: ['video_progress', 'feedback'] } } },
    },
    then: { properties: { value: false } },
  },
  {
    if: { required: ['type'], properties: { type: { not: { const: 'question_answered' } } } },
    then: { properties: { answer: false } },
  },
]

/** One progress event (design: tracking.md). */
export const eventSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'subject', 'type', 'at'],
  properties: eventProperties,
  allOf: typeRules,
} as const

/** The body of POST /v1/events. */
export const batchSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['events'],
  properties: { events: { type: 'array', minItems: 1, maxItems: 100, items: eventSchema } },
} as const

/** An event as exported: what was sent, plus when the server received it. */
export const storedEventSchema = {
  type: 'object',
  required: ['id', 'subject', 'type', 'at', 'receivedAt'],
  properties: {
    ...eventProperties,
    receivedAt: { type: 'string', format: 'date-time' },
  },
} as const
