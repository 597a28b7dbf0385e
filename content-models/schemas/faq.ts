import { z } from 'zod'
import { localized } from './localized.ts'
import { contentRef, documentBase } from './common.ts'
import { richText } from './richText.ts'

/** A question and its answer, grouped by category on the FAQ page. */
export const faq = z.object({
  ...documentBase,
  question: localized(z.string().min(1)),
  answer: localized(richText),
  category: localized(z.string().min(1)),
  related: z.array(contentRef).default([]),
})
/** A published FAQ entry. */
export type Faq = z.infer<typeof faq>
