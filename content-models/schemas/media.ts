import { z } from 'zod'
import { localized } from './localized.ts'

/** An image as the site reads it: alt text unless decorative. */
export const image = z.object({
  src: z.string().min(1),
  alt: localized(z.string()).nullish(),
  decorative: z.boolean().default(false),
  credit: z.string().nullish(),
  width: z.number().int().positive().nullish(),
  height: z.number().int().positive().nullish(),
})
/** An image with its alternative text. @public */
export type Image = z.infer<typeof image>
