import { z } from 'zod'
import { audiences } from '../audiences.ts'
import { localized } from './localized.ts'
import { documentBase, slug } from './common.ts'

/** An ordered set of lessons. */
export const course = z.object({
  ...documentBase,
  title: localized(z.string().min(1)),
  summary: localized(z.string()),
  lessons: z.array(slug).min(1),
  audiences: z.array(z.enum(audiences)).default([]),
})
/** A published course. */
export type Course = z.infer<typeof course>
