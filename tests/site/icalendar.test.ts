import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { calendarFile, foldLine } from '../../site/reminders/icalendar.ts'
import { reminderEvents, type ReminderStep } from '../../site/reminders/reminderEvents.ts'

const steps: ReminderStep[] = [
  {
    key: 'joblog',
    title: 'Udfyld din joblog',
    text: 'Skriv de job, du har søgt, i din joblog på Jobnet; også dem, du fik afslag på.',
    repeat: { every: 'week' },
    minutes: 15,
    url: 'https://jobcenter.example/laer/joblog/',
  },
  {
    key: 'dagpengekort',
    title: 'Udfyld dagpengekortet',
    text: 'Husk dagpengekortet hos din a-kasse.\nDet tager fem minutter.',
    repeat: { every: 'month' },
    minutes: 5,
  },
  {
    key: 'cv',
    title: 'Se dit CV efter, så det er søgbart',
    text: 'Åbn Jobnet; tjek kompetencer, ønsker og "søgbar" — æøå ÆØÅ \\ backslash',
    repeat: { every: 'weekday', weekday: 'FR' },
    minutes: 10,
  },
]

type Parsed = { component: ICAL.Component; events: ICAL.Event[] }

/** The file as a standard parser reads it, with its own time zone registered. */
function parse(text: string): Parsed {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[])
  for (const zone of component.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return {
    component,
    events: component.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event)),
  }
}

/** The first `count` occurrences of an event, as UTC ISO strings. */
function occurrences(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator()
  const found: string[] = []
  while (found.length < count) found.push(iterator.next().toJSDate().toISOString())
  return found
}

describe('the reminders calendar file (RFC 5545)', () => {
  const winter = new Date('2026-12-06T16:00:00Z') // a Sunday
  const text = calendarFile(
    reminderEvents('ny-ledig', steps, winter, 'jobcenter.example'),
    winter,
    'Påmindelser',
  )

  test('a standard parser reads every reminder back, Danish letters and escaped characters intact', () => {
    const { component, events } = parse(text)
    expect(component.getFirstPropertyValue('version')).toBe('2.0')
    expect(events.map((event) => event.summary)).toEqual(steps.map((step) => step.title))
    expect(events.map((event) => event.description)).toEqual(steps.map((step) => step.text))
    expect(events.map((event) => event.uid)).toEqual([
      'ny-ledig.joblog@jobcenter.example',
      'ny-ledig.dagpengekort@jobcenter.example',
      'ny-ledig.cv@jobcenter.example',
    ])
  })

  test('each event recurs as the editor chose and starts tomorrow or later at 09:00 Copenhagen time', () => {
    const [joblog, card, cv] = parse(text).events
    // Monday 7 December, 09:00 CET = 08:00 UTC, then weekly.
    expect(occurrences(joblog!, 3)).toEqual([
      '2026-12-07T08:00:00.000Z',
      '2026-12-14T08:00:00.000Z',
      '2026-12-21T08:00:00.000Z',
    ])
    // Monthly on the 7th; in April, summer time: 09:00 CEST = 07:00 UTC.
    const monthly = occurrences(card!, 5)
    expect(monthly[0]).toBe('2026-12-07T08:00:00.000Z')
    expect(monthly[4]).toBe('2027-04-07T07:00:00.000Z')
    // The next Friday.
    expect(occurrences(cv!, 2)).toEqual(['2026-12-11T08:00:00.000Z', '2026-12-18T08:00:00.000Z'])
  })

  test('every event has an alarm with a description, and a duration', () => {
    for (const event of parse(text).events) {
      const alarm = event.component.getFirstSubcomponent('valarm')
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT0S')
      expect(alarm?.getFirstPropertyValue('description')).toBe(event.summary)
      expect(event.duration.toSeconds()).toBeGreaterThan(0)
    }
  })

  test('lines end in CRLF, no line is longer than 75 octets, and DTSTAMP is UTC', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const stamps = text.split('\r\n').filter((line) => line.startsWith('DTSTAMP:'))
    expect(stamps).toHaveLength(steps.length)
    for (const stamp of stamps) expect(stamp).toBe('DTSTAMP:20261206T160000Z')
  })

  test('TEXT values escape commas, semicolons, backslashes and line breaks in the file itself', () => {
    // Parsers forgive an unescaped comma; calendars that split multi-valued TEXT do not.
    const unfolded = text.replace(/\r\n /g, '').split('\r\n')
    const texts = unfolded.filter((line) => /^(SUMMARY|DESCRIPTION):/.test(line))
    expect(texts.length).toBe(steps.length * 3)
    for (const line of texts) {
      const value = line.slice(line.indexOf(':') + 1)
      expect(value.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[\\;,]/)
    }
    expect(unfolded).toContain(
      'DESCRIPTION:Husk dagpengekortet hos din a-kasse.\\nDet tager fem minutter.',
    )
  })

  test('folding never splits a UTF-8 character, and unfolding gives the line back', () => {
    const line = `DESCRIPTION:${'æøå'.repeat(40)}`
    const folded = foldLine(line)
    const bytes = new TextEncoder()
    for (const part of folded.split('\r\n')) {
      expect(bytes.encode(part).length).toBeLessThanOrEqual(75)
      expect(part).not.toContain('\uFFFD')
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })

  test('a monthly reminder asked for on the 30th starts on the 1st, so no month is skipped', () => {
    const late = new Date('2027-01-29T12:00:00Z')
    const [event] = reminderEvents('ny-ledig', [steps[1]!], late, 'jobcenter.example')
    expect(event?.start).toMatchObject({ year: 2027, month: 2, day: 1, hour: 9 })
    expect(event?.rule).toBe('FREQ=MONTHLY;BYMONTHDAY=1')
  })

  test('the day is Copenhagen’s, whatever the device’s zone: 23:30 UTC on the 6th is the 7th', () => {
    const [event] = reminderEvents('ny-ledig', [steps[0]!], new Date('2026-12-06T23:30:00Z'), 'x')
    expect(event?.start).toMatchObject({ year: 2026, month: 12, day: 8 })
  })
})
