import path from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { planFlow } from '../../flows/index.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import { openRecurringSteps, remindersCalendar } from '../../site/reminders/planReminders.ts'

const content = readSampleContent(path.resolve(import.meta.dirname, '..', '..', 'content'))
const flow = content.flows.find((one) => one.slug === 'ny-paa-dagpenge')!
const answers = { 'meldt-ledig': 'yes', samtaler: 'ingen', 'cv-klar': 'no' }
const links = (key: string) => `/forloeb/${key}`

/** The events of a calendar file as ical.js reads them, its own time zone registered. */
function eventsOf(text: string): ICAL.Event[] {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[])
  for (const zone of component.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return component.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
}

describe("the sample flow's reminders", () => {
  test('the open recurring steps of a plan, in plan order, in the locale', () => {
    const plan = planFlow(flow, { answers, subject: 'a' })
    const steps = openRecurringSteps(plan, 'en', links)
    const recurring = ['a-kasse', 'cv', 'joblog']
    expect(steps.map((step) => step.key)).toEqual(
      plan.steps.map((planned) => planned.key).filter((key) => recurring.includes(key)),
    )
    expect(Object.fromEntries(steps.map((step) => [step.key, step.repeat]))).toEqual({
      'a-kasse': { every: 'month' },
      cv: { every: 'weekday', weekday: 'MO' },
      joblog: { every: 'week' },
    })
    expect(steps.find((step) => step.key === 'joblog')).toMatchObject({
      title: 'How to use the joblog',
      url: '/forloeb/joblog',
      minutes: 5,
    })
  })

  test('a step done, or not in the plan, gets no reminder', () => {
    const plan = planFlow(flow, {
      answers: { ...answers, 'cv-klar': 'yes' },
      completed: ['joblog'],
      subject: 'a',
    })
    expect(openRecurringSteps(plan, 'da', links).map((step) => step.key)).toEqual(['a-kasse'])
  })

  test('the calendar file validates with ical.js: rules, alarms and Danish letters intact', () => {
    const now = new Date('2026-12-06T16:00:00Z') // a Sunday
    const plan = planFlow(flow, { answers, subject: 'a' })
    const steps = openRecurringSteps(plan, 'da', links)
    const events = eventsOf(
      remindersCalendar({ slug: flow.slug, title: 'Ny på dagpenge' }, steps, now, 'jobunivers.dk'),
    )
    expect(events.map((event) => event.summary)).toEqual(steps.map((step) => step.title))
    expect(events.map((event) => event.description)).toEqual(steps.map((step) => step.text))
    const rules = Object.fromEntries(
      events.map((event) => {
        const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur
        return [event.uid, `${rule.freq} ${JSON.stringify(rule.parts)}`]
      }),
    )
    expect(rules).toEqual({
      'ny-paa-dagpenge.a-kasse@jobunivers.dk': 'MONTHLY {"BYMONTHDAY":[7]}',
      'ny-paa-dagpenge.cv@jobunivers.dk': 'WEEKLY {"BYDAY":["MO"]}',
      'ny-paa-dagpenge.joblog@jobunivers.dk': 'WEEKLY {"BYDAY":["MO"]}',
    })
    for (const event of events)
      expect(event.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe(
        'DISPLAY',
      )
    expect(events.map((event) => event.description).join(' ')).toMatch(/dagpengekort.*å/)
  })
})
