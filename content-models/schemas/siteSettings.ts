import { z } from 'zod'
import { localized } from './localized.ts'

/** How far the site meets the accessibility requirements. */
const complianceLevels = ['full', 'partial', 'none'] as const

/** Site-wide settings editors change without a developer. */
export const siteSettings = z.object({
  siteName: localized(z.string().min(1)),
  contact: z.object({
    phone: z.string().min(1),
    email: z.string().nullish(),
    hours: localized(z.string()),
    bookingUrl: z.string().nullish(),
  }),
  accessibility: z.object({
    compliance: z.enum(complianceLevels),
    knownIssues: localized(z.string()).nullish(),
    feedbackEmail: z.string().min(1),
    preparedOn: z.string().min(1),
  }),
  consentText: localized(z.string().min(1)),
  lixLimit: z.number().int().min(10).max(80).default(40),
  /** Words that mean the same for "Spørg": one group per line, words separated by commas. */
  synonyms: localized(z.string()).nullish(),
})
/** The site-wide settings. */
export type SiteSettings = z.infer<typeof siteSettings>

/** The site's main navigation. */
export const navigation = z.object({
  items: z
    .array(z.object({ label: localized(z.string().min(1)), href: z.string().min(1) }))
    .default([]),
})
/** The site's main navigation. */
export type Navigation = z.infer<typeof navigation>
