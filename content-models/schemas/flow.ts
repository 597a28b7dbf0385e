import { z } from 'zod'
import { audiences } from '../audiences.ts'
import { localized } from './localized.ts'
import { contentRef, documentBase, key, slug } from './common.ts'
import { condition } from './condition.ts'

/** The answer values of a yes/no question. */
export const yesNoValues = ['yes', 'no'] as const

/** The kinds of screening question. */
const questionTypes = ['yesno', 'single', 'multi'] as const

/** A screening question, shown one per screen. Yes/no questions have no options of their own. */
const question = z.object({
  key,
  type: z.enum(questionTypes),
  prompt: localized(z.string().min(1)),
  help: localized(z.string()).nullish(),
  options: z.array(z.object({ value: key, label: localized(z.string().min(1)) })).default([]),
})

/** The days of the week a reminder can fall on, as RFC 5545 writes them. */
export const reminderWeekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/** How often a recurring step repeats: every week, every month, or on one weekday each week. */
const reminderRepeats = ['week', 'month', 'weekday'] as const

/** A recurring step's reminder, for the citizen's own calendar (made on the device). */
const reminder = z
  .object({
    every: z.enum(reminderRepeats),
    /** The day of the week, when `every` is `weekday`. */
    weekday: z.enum(reminderWeekdays).nullish(),
    text: localized(z.string().min(1)),
  })
  .refine((value) => value.every !== 'weekday' || Boolean(value.weekday), {
    error: 'A reminder on a weekday needs the weekday',
    path: ['weekday'],
  })

/** The kinds of flow step. */
const stepKinds = ['content', 'contact'] as const

/** One step of a flow: a piece of content, or the contact step (a conversation with a caseworker). */
export const step = z.object({
  key,
  title: localized(z.string().min(1)),
  summary: localized(z.string()).nullish(),
  kind: z.enum(stepKinds),
  content: contentRef.nullish(),
  showWhen: condition.nullish(),
  required: z.boolean().default(true),
  minutes: z.number().int().min(0).max(600).default(5),
  reminder: reminder.nullish(),
})

/** An A/B variant of the flow's opening: some steps moved to the front, some hidden. */
const variant = z.object({
  key,
  share: z.number().min(0).max(100),
  moveFirst: z.array(key).default([]),
  hide: z.array(key).default([]),
})

/** A suggestion of another flow when the condition holds (the Arbetsförmedlingen pattern). */
const fallback = z.object({
  when: condition,
  flow: slug,
  message: localized(z.string()).nullish(),
})

/** A personalised guided journey, as the site reads it. */
export const flow = z.object({
  ...documentBase,
  title: localized(z.string().min(1)),
  summary: localized(z.string()),
  audiences: z.array(z.enum(audiences)).default([]),
  questions: z.array(question).default([]),
  steps: z.array(step).min(1),
  variants: z.array(variant).default([]),
  fallback: fallback.nullish(),
})

/** A screening question of a flow. */
export type Question = z.infer<typeof question>
/** A step of a flow. */
export type Step = z.infer<typeof step>
/** A recurring step's reminder. */
export type Reminder = z.infer<typeof reminder>
/** A variant of a flow. */
export type Variant = z.infer<typeof variant>
/** The fallback of a flow. @public */
export type Fallback = z.infer<typeof fallback>
/** A published flow. */
export type Flow = z.infer<typeof flow>
