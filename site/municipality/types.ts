import type { AddedStep } from '../../content-models/browser.ts'

/**
 * What the site knows about one municipality of the install, in one locale: written at build
 * time to `/kommuner/<locale>/<code>.json` and read on the device once the citizen has chosen
 * the municipality (the choice itself stays on the device, in DeviceState.municipality).
 */
export type MunicipalityData = {
  /** The official three-digit code, e.g. `787`. */
  code: string
  name: string
  /** The municipality's address segment, e.g. `thisted` (local pages live under it). */
  slug: string
  contact: { phone: string; email: string | null; openingHours: string | null }
  bookingUrl: string | null
  accessibilityContact: string | null
  /** The municipality's version of each national flow it adapts, by flow slug. */
  localFlows: Record<string, { addedSteps: AddedStep[]; hiddenSteps: string[] }>
  /** The municipality's own lessons (and other local pages), with their own addresses. */
  localPages: { title: string; href: string; collection: string; slug: string }[]
}

/** One entry of the install's list of municipalities, `/kommuner/index.json`. */
export type MunicipalityListEntry = { code: string; name: string; slug: string }
