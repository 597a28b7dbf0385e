import { z } from 'zod'
import { localized } from './localized.ts'
import { documentBase, key } from './common.ts'

/** One thing a citizen ticks off. */
const checklistItem = z.object({
  key,
  label: localized(z.string().min(1)),
  help: localized(z.string()).nullish(),
  link: z.object({ url: z.string().min(1), label: localized(z.string().min(1)) }).nullish(),
  required: z.boolean().default(true),
})

/** Things a citizen ticks off; the state lives on the citizen's device. */
export const checklist = z.object({
  ...documentBase,
  title: localized(z.string().min(1)),
  intro: localized(z.string()),
  items: z.array(checklistItem).min(1),
})
/** One item of a checklist. @public */
export type ChecklistItem = z.infer<typeof checklistItem>
/** A published checklist. */
export type Checklist = z.infer<typeof checklist>
