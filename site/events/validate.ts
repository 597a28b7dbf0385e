import {
  answerValueLimits,
  eventBatchLimits,
  eventLocales,
  eventStringFields,
  eventStringRules,
  eventTypeRules,
  eventTypes,
  hasRealDate,
  requiredEventFields,
  type EventBatch,
  type EventType,
  type EventTypeRule,
  type StringRule,
  type TrackingEvent,
} from '../../content-models/browser.ts'
import { isMunicipalityCode } from '../state/municipalityCodes.ts'

// The tracking API's rules, read from the event contract (content-models/events.ts) as the
// API's JSON schema is: an event the API would refuse is never queued, since one bad event
// makes the whole batch a 400. tests/contract/ runs the API's refusals through this file.

type Fields = Record<string, unknown>

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const patterns = new Map<StringRule, RegExp>(
  Object.values(eventStringRules).map((rule) => [rule, new RegExp(rule.pattern)]),
)

function fits(rule: StringRule, value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value.length >= (rule.minLength ?? 0) &&
    value.length <= rule.maxLength &&
    patterns.get(rule)!.test(value)
  )
}

const isKey = (value: unknown) => fits(eventStringRules.key, value)
const knownFields = new Set<string>([
  ...requiredEventFields,
  ...Object.keys(eventStringFields),
  'locale',
  'value',
  'answer',
])

function validValue(rule: EventTypeRule, value: unknown): boolean {
  if (value === undefined) return true
  if (rule.value === undefined || typeof value !== 'number') return false
  if ('enum' in rule.value) return rule.value.enum.includes(value)
  return Number.isInteger(value) && value >= rule.value.minimum && value <= rule.value.maximum
}

function validAnswer(rule: EventTypeRule, answer: unknown): boolean {
  if (answer === undefined) return true
  if (!rule.required.includes('answer') || !isRecord(answer)) return false
  if (Object.keys(answer).some((key) => key !== 'question' && key !== 'value')) return false
  if (!isKey(answer.question)) return false
  const value = answer.value
  if (!Array.isArray(value)) return isKey(value)
  return (
    value.length >= answerValueLimits.minItems &&
    value.length <= answerValueLimits.maxItems &&
    new Set(value).size === value.length &&
    value.every(isKey)
  )
}

/**
 * Whether a value is an event the tracking API accepts: known fields only, the fields every
 * event and its type need, patterns and lengths, a real date, an official municipality code
 * (when there is one), and the per-type value/answer.
 * A field whose value is `undefined` counts as absent (JSON leaves it out).
 * @example isValidEvent({ id, subject, type: 'contact_requested', at: new Date().toISOString() }) // true
 */
export function isValidEvent(value: unknown): value is TrackingEvent {
  if (!isRecord(value)) return false
  if (Object.keys(value).some((key) => value[key] !== undefined && !knownFields.has(key)))
    return false
  if (requiredEventFields.some((field) => value[field] === undefined)) return false
  for (const [field, rule] of Object.entries(eventStringFields)) {
    if (value[field] !== undefined && !fits(eventStringRules[rule], value[field])) return false
  }
  if (!(eventTypes as readonly unknown[]).includes(value.type)) return false
  if (value.locale !== undefined && !(eventLocales as unknown[]).includes(value.locale))
    return false
  // What the API checks after its schema (content-models' checkedFault): a day that exists, a
  // municipality on the official list (the device state's copy of it, without the names).
  if (!hasRealDate(value.at as string)) return false
  if (value.municipality !== undefined && !isMunicipalityCode(value.municipality)) return false
  const rule: EventTypeRule = eventTypeRules[value.type as EventType]
  if (rule.required.some((field) => value[field] === undefined)) return false
  return validValue(rule, value.value) && validAnswer(rule, value.answer)
}

/** Whether a value is a batch the API accepts: `{ events }` with 1–100 valid events. */
export function isValidBatch(value: unknown): value is EventBatch {
  if (!isRecord(value) || Object.keys(value).some((key) => key !== 'events')) return false
  const events = value.events
  return (
    Array.isArray(events) &&
    events.length >= eventBatchLimits.minEvents &&
    events.length <= eventBatchLimits.maxEvents &&
    events.every(isValidEvent)
  )
}
