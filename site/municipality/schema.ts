import { z } from 'zod'
import {
  localFlow,
  municipalityCodePattern,
  slug,
  slugPattern,
} from '../../content-models/index.ts'

const text = z.string().min(1)

/**
 * The shape of `/kommuner/<locale>/<code>.json` (MunicipalityData in types.ts): the build parses
 * what it writes with it, so the browser never reads a file that breaks the contract.
 */
export const municipalityDataSchema = z.strictObject({
  code: z.string().regex(municipalityCodePattern),
  name: text,
  slug: z.string().regex(slugPattern),
  contact: z.strictObject({ phone: text, email: text.nullable(), openingHours: text.nullable() }),
  bookingUrl: z.url({ protocol: /^https$/ }).nullable(),
  accessibilityContact: text.nullable(),
  localFlows: z.record(
    slug,
    z.strictObject({ addedSteps: localFlow.shape.addedSteps, hiddenSteps: z.array(text) }),
  ),
  localPages: z.array(
    z.strictObject({ title: text, href: z.string().regex(/^\/\S+$/), collection: text, slug }),
  ),
})

/** The shape of `/kommuner/index.json` (MunicipalityListEntry[]): each code and slug once. */
export const municipalityListSchema = z
  .array(
    z.strictObject({
      code: z.string().regex(municipalityCodePattern),
      name: text,
      slug: z.string().regex(slugPattern),
    }),
  )
  .refine((list) => new Set(list.map((entry) => entry.code)).size === list.length, {
    error: 'Two municipalities share a code.',
  })
  .refine((list) => new Set(list.map((entry) => entry.slug)).size === list.length, {
    error: 'Two municipalities share an address (slug): give one a name of its own.',
  })
