import { z } from 'zod'
import { localized } from './localized.ts'

/** An official Danish municipality code: three digits (101 København … 860 Hjørring). */
export const municipalityCodePattern = /^\d{3}$/

/** A municipality (its jobcentre) sharing the install, with the contact its local pages show. */
const municipality = z.object({
  name: z.string().min(1),
  code: z.string().regex(municipalityCodePattern),
  contact: z.object({
    phone: z.string().min(1),
    email: z.string().nullish(),
    openingHours: localized(z.string()).nullish(),
  }),
  bookingUrl: z.url({ protocol: /^https$/ }).nullish(),
  accessibilityContact: localized(z.string()).nullish(),
})
/** A municipality (its jobcentre) sharing the install. */
export type Municipality = z.infer<typeof municipality>

/** Every municipality of the install, each code once. */
export const municipalities = z.object({
  municipalities: z
    .array(municipality)
    .refine((list) => new Set(list.map((m) => m.code)).size === list.length, {
      error: 'Two municipalities share a code.',
    }),
})
