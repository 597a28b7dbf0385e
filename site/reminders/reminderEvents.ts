import { weekdays, type RecurringEvent, type Weekday } from './icalendar.ts'

/** How an editor's recurring step repeats: every week, every month, or on one weekday. */
type Repeat = { every: 'week' | 'month' } | { every: 'weekday'; weekday: Weekday }

/** A recurring step of the citizen's plan, its texts already in the citizen's language. */
export type ReminderStep = {
  key: string
  title: string
  /** The editor's reminder text. */
  text: string
  repeat: Repeat
  minutes: number
  /** The step's page, absolute, so the calendar can link back. */
  url?: string | undefined
}

/** Reminders start at nine in the morning, Copenhagen time. */
const reminderHour = 9

/** Today's date in Copenhagen, whatever zone the device is set to. */
function copenhagenToday(now: Date): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

/** A calendar date `days` after the given one (no time zone: dates only). */
function addDays(date: { year: number; month: number; day: number }, days: number): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day + days))
}

const weekdayOf = (date: Date): Weekday => weekdays[(date.getUTCDay() + 6) % 7]!

/** The first day of a reminder: from tomorrow, on its weekday, never on a 29th–31st. */
function firstDay(repeat: Repeat, tomorrow: Date): Date {
  if (repeat.every === 'weekday') {
    const ahead = (weekdays.indexOf(repeat.weekday) - weekdays.indexOf(weekdayOf(tomorrow)) + 7) % 7
    return new Date(tomorrow.getTime() + ahead * 86_400_000)
  }
  // A monthly rule on the 29th–31st would skip the months without that day (RFC 5545 3.3.10).
  if (repeat.every === 'month' && tomorrow.getUTCDate() > 28)
    return new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, 1))
  return tomorrow
}

/** The RRULE of a reminder starting on `day`. */
function ruleFor(repeat: Repeat, day: Date): string {
  if (repeat.every === 'month') return `FREQ=MONTHLY;BYMONTHDAY=${String(day.getUTCDate())}`
  return `FREQ=WEEKLY;BYDAY=${weekdayOf(day)}`
}

/**
 * The calendar events for a citizen's open recurring steps: one each, starting tomorrow or
 * later at 09:00 Copenhagen time, with a UID that stays the same for the same flow and step.
 */
export function reminderEvents(
  flowSlug: string,
  steps: readonly ReminderStep[],
  now: Date,
  host: string,
): RecurringEvent[] {
  const tomorrow = addDays(copenhagenToday(now), 1)
  return steps.map((step) => {
    const day = firstDay(step.repeat, tomorrow)
    return {
      uid: `${flowSlug}.${step.key}@${host}`,
      summary: step.title,
      description: step.text,
      start: {
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
        hour: reminderHour,
        minute: 0,
      },
      minutes: Math.max(step.minutes, 5),
      rule: ruleFor(step.repeat, day),
      url: step.url,
    }
  })
}
