import type { Locale, Reminder } from '../../content-models/browser.ts'
import type { FlowPlan } from '../../flows/index.ts'
import { local } from '../lib/text.ts'
import { calendarFile } from './icalendar.ts'
import { reminderEvents, type ReminderStep } from './reminderEvents.ts'

/** How an editor's reminder repeats, as the calendar writer reads it. */
function repeatOf(reminder: Reminder): ReminderStep['repeat'] {
  if (reminder.every === 'weekday' && reminder.weekday)
    return { every: 'weekday', weekday: reminder.weekday }
  return { every: reminder.every === 'month' ? 'month' : 'week' }
}

/**
 * The plan's open recurring steps (not done yet, with a reminder), their texts in the
 * citizen's language, each with its page's address (`pageOf`).
 */
export function openRecurringSteps(
  plan: FlowPlan,
  locale: Locale,
  pageOf: (key: string) => string | undefined,
): ReminderStep[] {
  return plan.steps.flatMap(({ key, status, step }) => {
    const reminder = step.reminder
    if (status === 'done' || !reminder) return []
    return [
      {
        key,
        title: local(step.title, locale).value,
        text: local(reminder.text, locale).value,
        repeat: repeatOf(reminder),
        minutes: step.minutes,
        url: pageOf(key),
      },
    ]
  })
}

/** The iCalendar file (RFC 5545) for the plan's open recurring steps, made on the device. */
export function remindersCalendar(
  flow: { slug: string; title: string },
  steps: readonly ReminderStep[],
  now: Date,
  host: string,
): string {
  return calendarFile(reminderEvents(flow.slug, steps, now, host), now, flow.title)
}
