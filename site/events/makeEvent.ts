import type { Locale } from '../../content-models/index.ts'
import { eventTypes, videoProgressMarks } from '../../content-models/events.ts'
import type { EventInput, TrackingEvent } from './types.ts'

// The same rules the API's JSON schema applies (tracking/schemas/event.ts): an event the API
// would refuse is never queued, since one bad event makes the whole batch a 400.
const key = /^[a-z0-9][a-z0-9_-]{0,63}$/
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const content = /^[a-z0-9-]{1,32}\/[a-z0-9]+(?:-[a-z0-9]+)*$/
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const subjectPattern = /^[A-Za-z0-9_-]{16,64}$/

const needs: Record<string, (keyof EventInput)[]> = {
  flow_started: ['flow'],
  flow_completed: ['flow'],
  fallback_offered: ['flow'],
  step_viewed: ['flow', 'step'],
  step_completed: ['flow', 'step'],
  question_answered: ['flow', 'answer'],
  checklist_item_checked: ['content'],
  checklist_item_unchecked: ['content'],
  video_progress: ['content', 'value'],
  feedback: ['value'],
}

function validValue(input: EventInput): boolean {
  if (input.value === undefined) return true
  if (input.type === 'video_progress')
    return (videoProgressMarks as readonly number[]).includes(input.value)
  if (input.type === 'feedback')
    return Number.isInteger(input.value) && input.value >= 1 && input.value <= 5
  return false
}

function validAnswer(input: EventInput): boolean {
  if (input.answer === undefined) return true
  if (input.type !== 'question_answered' || !key.test(input.answer.question)) return false
  const value = input.answer.value
  if (typeof value === 'string') return key.test(value)
  return value.length > 0 && value.length <= 20 && value.every((v) => key.test(v))
}

/** Whether an input is an event the tracking API accepts (fields, patterns, per-type rules). */
export function isValidInput(input: EventInput): boolean {
  if (!(eventTypes as readonly string[]).includes(input.type)) return false
  if ((needs[input.type] ?? []).some((field) => input[field] === undefined)) return false
  if (input.flow !== undefined && !(slug.test(input.flow) && input.flow.length <= 80)) return false
  if (input.step !== undefined && !key.test(input.step)) return false
  if (input.variant !== undefined && !key.test(input.variant)) return false
  if (input.content !== undefined && !(content.test(input.content) && input.content.length <= 113))
    return false
  return validValue(input) && validAnswer(input)
}

/**
 * A complete event, or null when the input (or id or subject) is one the API would refuse.
 * @example makeEvent({ type: 'flow_started', flow: 'ny-paa-dagpenge' }, { id, subject, at, locale: 'da' })
 */
export function makeEvent(
  input: EventInput,
  context: { id: string; subject: string; at: Date; locale: Locale },
): TrackingEvent | null {
  if (!uuid.test(context.id) || !subjectPattern.test(context.subject) || !isValidInput(input))
    return null
  const fields = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as EventInput
  return {
    id: context.id,
    subject: context.subject,
    at: context.at.toISOString(),
    locale: context.locale,
    ...fields,
  }
}
