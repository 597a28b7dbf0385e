import {
  answerValueLimits,
  eventBatchLimits,
  eventLocales,
  eventStringRules,
  eventTypeRules,
  eventTypes,
  requiredEventFields,
  type EventType,
  type EventTypeRule,
  type StringRule,
} from '../../content-models/index.ts'

// The JSON schemas of events, derived from the event contract (content-models/events.ts, exported by content-models/index.ts).
// Fastify validates every request against them (Ajv, with coercion and removal of unknown
// fields turned off in app.ts), and @fastify/swagger publishes them as OpenAPI. Every string
// has a maximum length.

const stringSchema = <Rule extends StringRule>(rule: Rule, description?: string) => ({
  type: 'string' as const,
  ...rule,
  ...(description === undefined ? {} : { description }),
})

/** A key an editor gives a step, question, option or variant (content-models' key rule). */
const keySchema = stringSchema(eventStringRules.key)

/** A flow's URL slug. */
export const slugSchema = stringSchema(eventStringRules.slug)

/**
 * A municipality code: three digits, and one of Denmark's 98 official codes (e.g. 787 for
 * Thisted), which the route checks after the schema.
 */
export const municipalitySchema = stringSchema(
  eventStringRules.municipality,
  "One of Denmark's 98 official municipality codes (Danmarks Statistik), e.g. 787 (Thisted); three digits that are not one are a 400 as well.",
)

/** The anonymous id a device makes for itself: 16–64 of A-Z a-z 0-9 _ -. */
export const subjectSchema = stringSchema(
  eventStringRules.subject,
  'The anonymous id a device makes for itself; only the device knows it.',
)

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
        { type: 'array', items: keySchema, ...answerValueLimits, uniqueItems: true },
      ],
    },
  },
} as const

const eventProperties = {
  id: stringSchema(
    eventStringRules.uuid,
    'Made by the browser, lower case; the site makes time-ordered ones (version 7), which the store indexes cheapest. The same id twice is stored once.',
  ),
  subject: subjectSchema,
  type: { type: 'string', enum: eventTypes },
  flow: slugSchema,
  step: keySchema,
  content: stringSchema(
    eventStringRules.content,
    'collection/slug of the content the event is about.',
  ),
  variant: keySchema,
  value: {
    type: 'number',
    description:
      'video_progress: 25, 50, 75 or 100; feedback: 1–5; question_asked: 1 answered, 0 not.',
  },
  answer: answerSchema,
  locale: { type: 'string', enum: eventLocales },
  municipality: {
    ...municipalitySchema,
    description:
      "The municipality the citizen chose, when they chose one: one of Denmark's 98 official codes (Danmarks Statistik), e.g. 787 (Thisted); three digits that are not one are a 400 as well. Statistics can be read per municipality.",
  },
  // An RFC 3339 date-time with its offset, as a pattern: Ajv's date-time format costs a
  // quarter of validation time; the route also checks the day exists.
  at: stringSchema(
    eventStringRules.dateTime,
    "The device's clock (RFC 3339 date-time with Z or an offset).",
  ),
} as const

const ruleEntries = Object.entries(eventTypeRules) as [EventType, EventTypeRule][]

/** Event types with the same rule share one if/then, so Ajv checks as few conditions as it must. */
function groupedRules(): { types: EventType[]; rule: EventTypeRule }[] {
  const groups = new Map<string, { types: EventType[]; rule: EventTypeRule }>()
  for (const [type, rule] of ruleEntries) {
    const key = JSON.stringify(rule)
    const group = groups.get(key)
    if (group) group.types.push(type)
    else groups.set(key, { types: [type], rule })
  }
  return [...groups.values()]
}

// What a type requires is also listed under `properties`, with no constraint of its own (it is
// checked once, above): OpenAPI linters want every required property defined where it is
// required, and an annotation-only schema costs Ajv nothing. The `properties` sit in `allOf`
// members so that a linter validating examples strictly (each object schema closed to the
// properties it does not name) reads them as parts of the event; for Ajv it is the same check.
function typeRule({ types, rule }: { types: EventType[]; rule: EventTypeRule }) {
  const parts: { properties: Record<string, unknown> }[] = []
  const own = {
    ...Object.fromEntries(
      rule.required.map((field) => [field, { description: 'Required for this type.' }]),
    ),
    ...(rule.value === undefined ? {} : { value: rule.value }),
  }
  if (Object.keys(own).length > 0) parts.push({ properties: own })
  // Only types with a value rule carry a value; only types that require an answer carry one.
  if (rule.value === undefined) parts.push({ properties: { value: false } })
  if (!rule.required.includes('answer')) parts.push({ properties: { answer: false } })
  return {
    if: { required: ['type'], properties: { type: { enum: types } } },
    then: { ...(rule.required.length > 0 ? { required: rule.required } : {}), allOf: parts },
  }
}

const typeRules = groupedRules().map(typeRule)

/** One progress event (design: tracking.md). */
const eventSchema = {
  type: 'object',
  additionalProperties: false,
  required: requiredEventFields,
  properties: eventProperties,
  allOf: typeRules,
} as const

/** The body of POST /v1/events. */
export const batchSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['events'],
  properties: {
    events: {
      type: 'array',
      minItems: eventBatchLimits.minEvents,
      maxItems: eventBatchLimits.maxEvents,
      items: eventSchema,
    },
  },
} as const

/** An event as exported: what was sent, plus when the server received it. */
export const storedEventSchema = {
  type: 'object',
  required: [...requiredEventFields, 'receivedAt'],
  properties: {
    ...eventProperties,
    receivedAt: { type: 'string', format: 'date-time' },
  },
} as const
