import type { GroupField, PayloadRequest } from 'payload'
import { reminderWeekdays } from '../../../content-models/index.ts'
import { message } from '../../messages.ts'

const weekdayLabels: Record<(typeof reminderWeekdays)[number], { da: string; en: string }> = {
  MO: { da: 'Mandag', en: 'Monday' },
  TU: { da: 'Tirsdag', en: 'Tuesday' },
  WE: { da: 'Onsdag', en: 'Wednesday' },
  TH: { da: 'Torsdag', en: 'Thursday' },
  FR: { da: 'Fredag', en: 'Friday' },
  SA: { da: 'Lørdag', en: 'Saturday' },
  SU: { da: 'Søndag', en: 'Sunday' },
}

type ReminderSibling = { every?: unknown }

/** Whether the editor chose a repeat (anything but "Gentages ikke"). */
const repeats = (sibling: ReminderSibling | undefined) =>
  typeof sibling?.every === 'string' && sibling.every !== 'none'

/**
 * A step's reminder for the citizen's calendar: how often it repeats and the text. Picked from
 * lists, no JSON; the text is required once the step repeats (Danish; English falls back to it).
 */
export const reminderField: GroupField = {
  name: 'reminder',
  type: 'group',
  label: { da: 'Påmindelse', en: 'Reminder' },
  admin: {
    // Rendered with the page (Payload's group waits until it is scrolled near), like the fallback.
    components: { Field: '/admin/flows/EagerGroupField.tsx#EagerGroupField' },
    description: {
      da: 'Et trin, der skal gentages (fx jobloggen hver uge), kan borgeren lægge i sin egen kalender.',
      en: 'A step that recurs (e.g. the joblog every week) can go into the citizen’s own calendar.',
    },
  },
  fields: [
    {
      name: 'every',
      type: 'select',
      defaultValue: 'none',
      label: { da: 'Gentages', en: 'Repeats' },
      options: [
        { value: 'none', label: { da: 'Gentages ikke', en: 'Does not repeat' } },
        { value: 'week', label: { da: 'Hver uge', en: 'Weekly' } },
        { value: 'month', label: { da: 'Hver måned', en: 'Monthly' } },
        { value: 'weekday', label: { da: 'På en bestemt ugedag', en: 'On a weekday' } },
      ],
    },
    {
      name: 'weekday',
      type: 'select',
      label: { da: 'Ugedag', en: 'Weekday' },
      options: reminderWeekdays.map((value) => ({ value, label: weekdayLabels[value] })),
      admin: { condition: (_, sibling: ReminderSibling) => sibling.every === 'weekday' },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: ReminderSibling; req: PayloadRequest },
      ) =>
        siblingData.every !== 'weekday' || (typeof value === 'string' && value !== '')
          ? true
          : message(req, 'reminderWeekdayMissing'),
    },
    {
      name: 'text',
      type: 'textarea',
      localized: true,
      label: { da: 'Tekst i påmindelsen', en: 'Reminder text' },
      admin: {
        condition: (_, sibling: ReminderSibling) => repeats(sibling),
        description: {
          da: 'Hvad borgeren skal gøre, fx "Skriv i din joblog, hvilke job du har søgt i denne uge."',
          en: 'What the citizen should do, e.g. "Write in your joblog which jobs you applied for this week."',
        },
      },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: ReminderSibling; req: PayloadRequest },
      ) => {
        // English may stay empty: the site falls back to the Danish text.
        if (!repeats(siblingData) || req.locale === 'en') return true
        return typeof value === 'string' && value.trim() !== ''
          ? true
          : message(req, 'reminderTextMissing')
      },
    },
  ],
}
