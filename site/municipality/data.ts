import { z } from 'zod'
import {
  localContentPath,
  localPageCollections,
  municipalityDataPath,
  municipalitySlug,
  pickLocale,
  type Flow,
  type Locale,
  type LocalFlow,
  type Municipality,
} from '../../content-models/index.ts'
import { applyLocalFlow } from '../../flows/localFlow.ts'
import { allLocalFlows, allMunicipalities, all, localDocuments } from '../lib/entries.ts'
import { municipalityDataSchema, municipalityListSchema } from './schema.ts'
import type { MunicipalityData, MunicipalityListEntry } from './types.ts'

/** An optional localized text in a locale (Danish when English is empty), or null. */
function optional(value: Municipality['accessibilityContact'], locale: Locale): string | null {
  return value ? pickLocale(value, locale).value || null : null
}

/** The install's municipalities with their address segments (`/kommune/<slug>`), by name; each slug once. */
export async function municipalityList(): Promise<MunicipalityListEntry[]> {
  const list = (await allMunicipalities()).map(({ code, name }) => ({
    code,
    name,
    slug: municipalitySlug({ code, name }),
  }))
  return municipalityListSchema.parse(list)
}

/** One municipality by its address segment; the pages' getStaticPaths only ask for ones that exist. */
export async function municipalityBySlug(slug: string): Promise<Municipality> {
  const found = (await allMunicipalities()).find((m) => municipalitySlug(m) === slug)
  if (!found) throw new Error(`no municipality has the address /kommune/${slug}`)
  return found
}

/** Prints what of a municipality's version no longer fits its national flow (its editors see it in the CMS too). */
function warnProblems(municipality: Municipality, version: LocalFlow, flow: Flow): void {
  for (const problem of applyLocalFlow(flow, version).problems)
    console.warn(
      `[municipality] ${municipality.name}, local version of "${flow.slug}", ${problem.path}: ${problem.message.en}`,
    )
}

/** A municipality's own pages in a locale: title, address, collection and slug. */
async function localPages(
  municipality: Municipality,
  locale: Locale,
): Promise<MunicipalityData['localPages']> {
  const slug = municipalitySlug(municipality)
  const lists = await Promise.all(
    localPageCollections.map(async (collection) =>
      (await localDocuments(collection, municipality.code)).map((doc) => ({
        title: pickLocale(doc.title, locale).value,
        href: localContentPath({ collection, slug: doc.slug }, slug, locale),
        collection,
        slug: doc.slug,
      })),
    ),
  )
  return lists.flat()
}

/**
 * What the site knows about one municipality in one locale (`/kommuner/<locale>/<code>.json`):
 * its contact, its versions of national flows and its own pages. Parsed before it is written.
 */
export async function municipalityData(
  municipality: Municipality,
  locale: Locale,
): Promise<MunicipalityData> {
  const flows = new Map((await all('flows')).map((flow) => [flow.slug, flow]))
  const localFlows: MunicipalityData['localFlows'] = {}
  for (const version of await allLocalFlows()) {
    const flow = flows.get(version.flow)
    if (version.municipality !== municipality.code || !flow) continue
    warnProblems(municipality, version, flow)
    localFlows[version.flow] = { addedSteps: version.addedSteps, hiddenSteps: version.hiddenSteps }
  }
  const data: MunicipalityData = {
    code: municipality.code,
    name: municipality.name,
    slug: municipalitySlug(municipality),
    contact: {
      phone: municipality.contact.phone,
      email: municipality.contact.email || null,
      openingHours: optional(municipality.contact.openingHours, locale),
    },
    bookingUrl: municipality.bookingUrl ?? null,
    accessibilityContact: optional(municipality.accessibilityContact, locale),
    localFlows,
    localPages: await localPages(municipality, locale),
  }
  const checked = municipalityDataSchema.safeParse(data)
  if (!checked.success)
    throw new Error(
      `${municipalityDataPath(municipality.code, locale)} (${municipality.name}) breaks its contract:\n${z.prettifyError(checked.error)}`,
    )
  return checked.data
}
