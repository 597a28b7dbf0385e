import { z } from 'zod'
import { audiences } from '../audiences.ts'
import { localized } from './localized.ts'
import { documentBase, slug } from './common.ts'
import { richText } from './richText.ts'

/** The tones a callout block may have. */
export const calloutTones = ['info', 'warning'] as const

/** The blocks a lesson body is made of. References are by slug. */
const lessonBlock = z.discriminatedUnion('blockType', [
  z.object({ blockType: z.literal('richText'), content: richText }),
  z.object({ blockType: z.literal('video'), video: slug }),
  z.object({ blockType: z.literal('checklist'), checklist: slug }),
  z.object({ blockType: z.literal('callout'), tone: z.enum(calloutTones), content: richText }),
  z.object({ blockType: z.literal('faq'), faq: slug }),
  z.object({ blockType: z.literal('contact') }),
])

/** One page of learning. */
export const lesson = z.object({
  ...documentBase,
  title: localized(z.string().min(1)),
  summary: localized(z.string()),
  minutes: z.number().int().min(1).max(240),
  audiences: z.array(z.enum(audiences)).default([]),
  body: localized(z.array(lessonBlock).min(1)),
})

/** One block of a lesson body. */
export type LessonBlock = z.infer<typeof lessonBlock>
/** A published lesson. */
export type Lesson = z.infer<typeof lesson>
