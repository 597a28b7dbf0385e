import { z } from 'zod'
import { localized } from './localized.ts'
import { documentBase } from './common.ts'
import { image } from './media.ts'
import { richText } from './richText.ts'

/** The video formats the site plays. */
const videoMimeTypes = ['video/mp4', 'video/webm'] as const

/** A short on-demand video with captions per locale and a transcript. */
export const video = z.object({
  ...documentBase,
  title: localized(z.string().min(1)),
  summary: localized(z.string()),
  src: z.string().min(1),
  mimeType: z.enum(videoMimeTypes),
  captions: localized(z.object({ src: z.string().min(1) })),
  transcript: localized(richText),
  durationSeconds: z.number().positive(),
  poster: image.nullish(),
})
/** A published video. */
export type Video = z.infer<typeof video>
