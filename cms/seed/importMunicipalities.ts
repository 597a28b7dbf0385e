import type { Payload, PayloadRequest } from 'payload'
import type { Municipality } from '../../content-models/index.ts'
import type { Municipality as MunicipalityDocument } from '../payload-types.ts'
import { forLocale } from './forLocale.ts'

/** One locale's fields, as the Local API writes them. */
type LocaleData = Omit<MunicipalityDocument, 'id' | 'createdAt' | 'updatedAt'>
type Counts = { created: number; updated: number; unchanged: number }
type Localized = { da?: string | null; en?: string | null } | null | undefined
type Stored = {
  name?: string
  code?: string
  contact?: { phone?: string | null; email?: string | null; openingHours?: Localized }
  bookingUrl?: string | null
  accessibilityContact?: Localized
}

/** Every field of a municipality in one fixed order, for comparing the file with the CMS. */
const fingerprint = (m: Stored) =>
  JSON.stringify([
    m.name,
    m.code,
    m.contact?.phone ?? null,
    m.contact?.email ?? null,
    m.contact?.openingHours?.da ?? null,
    m.contact?.openingHours?.en ?? null,
    m.bookingUrl ?? null,
    m.accessibilityContact?.da ?? null,
    m.accessibilityContact?.en ?? null,
  ])

/**
 * Creates or updates the sample municipalities, found by their code, in Danish and English;
 * one the CMS already holds as written is left alone, so a second import changes nothing.
 */
export async function importMunicipalities(
  payload: Payload,
  req: PayloadRequest,
  municipalities: Municipality[],
  counts: Counts,
): Promise<void> {
  for (const municipality of municipalities) {
    const { docs } = await payload.find({
      collection: 'municipalities',
      where: { code: { equals: municipality.code } },
      locale: 'all',
      limit: 1,
      depth: 0,
      req,
    })
    const stored = docs[0] as (Stored & { id: number }) | undefined
    if (stored && fingerprint(stored) === fingerprint(municipality)) {
      counts.unchanged++
      continue
    }
    const danish = forLocale(municipality, 'da') as LocaleData
    const { id } = stored
      ? await payload.update({
          collection: 'municipalities',
          id: stored.id,
          data: danish,
          locale: 'da',
          req,
        })
      : await payload.create({ collection: 'municipalities', data: danish, locale: 'da', req })
    const english = forLocale(municipality, 'en') as LocaleData
    await payload.update({ collection: 'municipalities', id, data: english, locale: 'en', req })
    if (stored) counts.updated++
    else counts.created++
  }
}
