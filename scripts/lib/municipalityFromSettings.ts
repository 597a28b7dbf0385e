import type { Payload } from 'payload'
import {
  isOfficialMunicipalityCode,
  officialMunicipalityName,
  type OfficialMunicipalityCode,
} from '../../content-models/index.ts'
import { CommandError } from './oneOff.ts'

/** The environment variable naming the municipality a single-jobcentre install becomes. */
const municipalityVariable = 'JOBUNIVERS_MUNICIPALITY'

/**
 * The municipality code the operator gave in JOBUNIVERS_MUNICIPALITY, checked before anything
 * changes: undefined when none was given; a code that is not official stops the command.
 */
export function requestedMunicipality(
  value = process.env[municipalityVariable],
): OfficialMunicipalityCode | undefined {
  const code = value?.trim() ?? ''
  if (code === '') return undefined
  if (isOfficialMunicipalityCode(code)) return code
  throw new CommandError(
    `${municipalityVariable}="${code}" is not an official municipality code (three digits, e.g. 787 for Thisted; the list is in content-models/data/officialMunicipalities.ts). Nothing was changed.`,
  )
}

/** The site settings' contact in both locales, as a single-jobcentre install kept it. */
type SettingsContact = {
  phone?: string | null
  email?: string | null
  bookingUrl?: string | null
  hours: { da?: string | null; en?: string | null }
}

async function settingsContact(payload: Payload): Promise<SettingsContact> {
  const read = (locale: 'da' | 'en') =>
    payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, depth: 0 })
  const [da, en] = [await read('da'), await read('en')]
  return {
    phone: da.contact?.phone,
    email: da.contact?.email,
    bookingUrl: da.contact?.bookingUrl,
    hours: { da: da.contact?.hours, en: en.contact?.hours },
  }
}

const present = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== ''

/** The contact's filled-in parts, named as the operator sees them in the admin. */
function filledIn(contact: SettingsContact): string[] {
  const parts: [string, string | null | undefined][] = [
    ['phone', contact.phone],
    ['e-mail', contact.email],
    ['opening hours', contact.hours.da ?? contact.hours.en],
    ['booking link', contact.bookingUrl],
  ]
  return parts.filter(([, value]) => present(value)).map(([name]) => name)
}

/** What the step did, in one or two sentences for the command's summary. */
export type SettingsStep = { changed: boolean; summary: string }

/**
 * Makes the site settings' contact (phone, e-mail, opening hours, booking link) the
 * municipality's that the operator named, creating it with its official name; content stays
 * national and the site settings stay as they are. Without a code it changes nothing and,
 * when the install has no municipality yet but its settings hold a contact, says what to run.
 */
export async function municipalityFromSettings(
  payload: Payload,
  code: OfficialMunicipalityCode | undefined,
): Promise<SettingsStep | undefined> {
  const contact = await settingsContact(payload)
  const parts = filledIn(contact)
  if (code === undefined) {
    const { totalDocs } = await payload.count({ collection: 'municipalities' })
    if (totalDocs > 0 || parts.length === 0) return undefined
    return {
      changed: false,
      summary: `The site settings hold a jobcentre's contact (${parts.join(', ')}) and the install has no municipality yet. To make that contact its municipality's, run again with the official municipality code: ${municipalityVariable}=787 npm run migrate (787 is Thisted; the list is in content-models/data/officialMunicipalities.ts). No municipality was created.`,
    }
  }
  const name = officialMunicipalityName(code)
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
  })
  if (docs.length > 0) {
    return {
      changed: false,
      summary: `Municipality ${code} (${docs[0]!.name}) already exists; it was left as it is.`,
    }
  }
  return { changed: true, summary: await create(payload, code, name, contact, parts) }
}

async function create(
  payload: Payload,
  code: OfficialMunicipalityCode,
  name: string,
  contact: SettingsContact,
  parts: string[],
): Promise<string> {
  const httpsBooking =
    present(contact.bookingUrl) && /^https:\/\/\S+\.\S+$/.test(contact.bookingUrl)
  const contactIn = (hours: string | null | undefined) => ({
    phone: present(contact.phone) ? contact.phone : null,
    email: present(contact.email) ? contact.email : null,
    openingHours: present(hours) ? hours : null,
  })
  const created = await payload.create({
    collection: 'municipalities',
    locale: 'da',
    data: {
      name,
      code,
      contact: contactIn(contact.hours.da),
      bookingUrl: httpsBooking ? contact.bookingUrl : null,
    },
  })
  if (present(contact.hours.en)) {
    await payload.update({
      collection: 'municipalities',
      id: created.id,
      locale: 'en',
      data: { contact: contactIn(contact.hours.en) },
    })
  }
  const copied = httpsBooking ? parts : parts.filter((part) => part !== 'booking link')
  const from =
    copied.length > 0
      ? `with the site settings' ${copied.join(', ')}`
      : 'with no contact (the site settings held none: fill it in under Kommuner in the admin)'
  const skipped =
    present(contact.bookingUrl) && !httpsBooking
      ? ` The booking link ${contact.bookingUrl} was left out: a municipality's booking link must be an https address.`
      : ''
  return `Created municipality ${code} (${name}) ${from}. The content stays national; the site settings are unchanged, so national pages keep showing their contact until it is cleared under Indstillinger.${skipped}`
}
