import type { Field } from 'payload'
import { describe, expect, test } from 'vitest'
import { reminderField } from '../../cms/collections/Flows/reminderField.ts'
import { Flows } from '../../cms/collections/Flows/index.ts'

type Named = Field & { name: string }
const fields = reminderField.fields as Named[]
const field = (name: string) => fields.find((one) => one.name === name)!
/** Whether the admin shows a field, for the reminder group's sibling data. */
const shows = (name: string, sibling: Record<string, unknown>) => {
  const condition = field(name).admin?.condition as
    ((data: unknown, sibling: Record<string, unknown>) => boolean) | undefined
  return condition ? condition({}, sibling) : true
}

describe("a step's reminder in the admin (issue 22)", () => {
  test('is a group on every step, picked from lists: no JSON for the editor', () => {
    const steps = (Flows.fields as Named[]).find((one) => one.name === 'steps')
    expect((steps as { fields: Named[] }).fields.map((one) => one.name)).toContain('reminder')
    expect(reminderField.label).toEqual({ da: 'Påmindelse', en: 'Reminder' })
    expect(fields.map((one) => [one.name, one.type])).toEqual([
      ['every', 'select'],
      ['weekday', 'select'],
      ['text', 'textarea'],
    ])
    const every = field('every') as Named & { options: { value: string }[]; label: unknown }
    expect(every.label).toEqual({ da: 'Gentages', en: 'Repeats' })
    expect(every.options.map((option) => option.value)).toEqual([
      'none',
      'week',
      'month',
      'weekday',
    ])
  })

  test('the weekday shows only for "on a weekday", the text once the step repeats', () => {
    expect(
      ['none', 'week', 'month', 'weekday'].map((every) => shows('weekday', { every })),
    ).toEqual([false, false, false, true])
    expect(['none', 'week', 'month', 'weekday'].map((every) => shows('text', { every }))).toEqual([
      false,
      true,
      true,
      true,
    ])
  })
})
