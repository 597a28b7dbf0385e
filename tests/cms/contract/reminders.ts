import { describe, expect, test } from 'vitest'
import { messages } from '../../../cms/messages.ts'
import { uniqueSlug } from '../fixtures.ts'
import type { CmsHarness } from '../harness.ts'
import { refusal } from './refusal.ts'

type Reminder = { every?: string | null; weekday?: string | null; text?: unknown }
type FlowDoc = { id: number | string; steps: { key: string; reminder?: Reminder | null }[] }

/** A flow with contact steps only (no content to publish first), one per reminder given. */
const flowData = (reminders: (Reminder | undefined)[], status = 'draft') => ({
  title: 'Husk dine pligter',
  slug: uniqueSlug('husk-dine-pligter'),
  _status: status,
  steps: reminders.map((reminder, index) => ({
    key: `trin-${String(index)}`,
    title: `Trin ${String(index)}`,
    kind: 'contact',
    ...(reminder ? { reminder } : {}),
  })),
})

/**
 * A step's reminder (issue 22): stored and read back in both locales; publishing a repeating
 * step without its text (or a weekday reminder without the day) is refused at the field.
 */
export function reminderContract(cms: () => CmsHarness): void {
  describe('step reminders', () => {
    test('saves and reads a weekly, a weekday and no reminder, with the text in both locales', async () => {
      const { payload } = cms()
      const created = (await payload.create({
        collection: 'flows',
        draft: true,
        data: flowData([
          { every: 'week', text: 'Skriv i din joblog.' },
          { every: 'weekday', weekday: 'MO', text: 'Se dit CV igennem.' },
          undefined,
        ]) as never,
      })) as unknown as FlowDoc
      await payload.update({
        collection: 'flows',
        id: created.id,
        locale: 'en',
        draft: true,
        data: {
          steps: created.steps.map((step, index) =>
            index === 0
              ? { ...step, reminder: { ...step.reminder, text: 'Fill in your joblog.' } }
              : step,
          ),
        } as never,
      })
      const read = (await payload.findByID({
        collection: 'flows',
        id: created.id,
        draft: true,
        locale: 'all',
      })) as unknown as FlowDoc
      const [weekly, weekday, none] = read.steps.map((step) => step.reminder)
      expect(weekly).toMatchObject({
        every: 'week',
        text: { da: 'Skriv i din joblog.', en: 'Fill in your joblog.' },
      })
      expect(weekday).toMatchObject({
        every: 'weekday',
        weekday: 'MO',
        text: { da: 'Se dit CV igennem.' },
      })
      expect(none?.every ?? 'none').toBe('none')
    })

    test('refuses a repeating step without a reminder text, naming the field', async () => {
      const errors = await refusal(
        cms().payload.create({
          collection: 'flows',
          data: flowData([undefined, { every: 'month', text: '' }], 'published') as never,
        }),
      )
      expect(errors).toContainEqual({
        path: 'steps.1.reminder.text',
        message: messages.reminderTextMissing.da,
      })
    })

    test('refuses a reminder on a weekday without the weekday', async () => {
      const errors = await refusal(
        cms().payload.create({
          collection: 'flows',
          data: flowData([{ every: 'weekday', text: 'Se dit CV igennem.' }], 'published') as never,
        }),
      )
      expect(errors).toContainEqual({
        path: 'steps.0.reminder.weekday',
        message: messages.reminderWeekdayMissing.da,
      })
    })
  })
}
