/**
 * A minimal iCalendar (RFC 5545) writer for recurring reminders: one VCALENDAR with a
 * Europe/Copenhagen VTIMEZONE and one VEVENT per reminder, each with an RRULE and a VALARM.
 * Made on the device; nothing is sent.
 */

/** The days of the week as RFC 5545 writes them (BYDAY). */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/** A day of the week as RFC 5545 writes it. */
export type Weekday = (typeof weekdays)[number]

/** One recurring event with an alarm at its start. */
export type RecurringEvent = {
  /** Stable across downloads, so importing the file again updates instead of duplicating. */
  uid: string
  summary: string
  description: string
  /** Local date and time in Copenhagen of the first occurrence. */
  start: { year: number; month: number; day: number; hour: number; minute: number }
  minutes: number
  /** `FREQ=WEEKLY;BYDAY=MO`, `FREQ=MONTHLY;BYMONTHDAY=6`, … without the `RRULE:` name. */
  rule: string
  url?: string | undefined
}

const timeZone = 'Europe/Copenhagen'

// Central European time: CEST from the last Sunday of March 01:00 UTC, CET from the last
// Sunday of October, as the EU has kept it since 1996.
const copenhagenTimeZone = [
  'BEGIN:VTIMEZONE',
  `TZID:${timeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const encoder = new TextEncoder()

/**
 * Content lines longer than 75 octets are folded: CRLF and one space, never inside a UTF-8
 * character (RFC 5545 3.1), so "æøå" survive in every calendar.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = encoder.encode(character).length
    const limit = parts.length === 0 ? 75 : 74 // a continuation line starts with the space
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const two = (n: number) => String(n).padStart(2, '0')

/** A UTC date-time, as DTSTAMP must be written: `20261206T163600Z`. */
function utcStamp(date: Date): string {
  return (
    `${String(date.getUTCFullYear())}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}` +
    `T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`
  )
}

const localStamp = (start: RecurringEvent['start']) =>
  `${String(start.year)}${two(start.month)}${two(start.day)}T${two(start.hour)}${two(start.minute)}00`

/** One VEVENT's lines: the reminder, how it repeats, and an alarm when it starts. */
function eventLines(event: RecurringEvent, stamp: string): string[] {
  const hours = Math.floor(event.minutes / 60)
  const minutes = event.minutes % 60
  const duration = `PT${hours > 0 ? `${String(hours)}H` : ''}${minutes > 0 || hours === 0 ? `${String(minutes)}M` : ''}`
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${timeZone}:${localStamp(event.start)}`,
    `DURATION:${duration}`,
    `RRULE:${event.rule}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${escapeText(event.summary)}`,
    'END:VALARM',
    'END:VEVENT',
  ]
}

/** The calendar file's text: CRLF line ends, folded lines, UTF-8. */
export function calendarFile(events: readonly RecurringEvent[], now: Date, name: string): string {
  const stamp = utcStamp(now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jobunivers//Paamindelser//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...copenhagenTimeZone,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
