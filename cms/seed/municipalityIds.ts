import type { Payload, PayloadRequest } from 'payload'

/** The CMS ids of the municipalities, by official code. */
export type MunicipalityIds = ReadonlyMap<string, string | number>

/** Every municipality the CMS holds, by code (read after the sample municipalities are imported). */
export async function municipalityIds(
  payload: Payload,
  req: PayloadRequest,
): Promise<MunicipalityIds> {
  const { docs } = await payload.find({
    collection: 'municipalities',
    pagination: false,
    depth: 0,
    req,
  })
  return new Map(docs.map((doc) => [doc.code, doc.id]))
}

/**
 * The municipality a sample document belongs to, as the CMS id its `municipality` field holds;
 * null for national content (no code in the file).
 * @throws {Error} when the code is not a municipality of the CMS (or of municipalities.md).
 */
export function municipalityOf(
  places: MunicipalityIds,
  doc: { slug?: string; municipality?: string | null },
): string | number | null {
  const code = doc.municipality
  if (code === undefined || code === null) return null
  const id = places.get(code)
  if (id === undefined) {
    throw new Error(
      `${doc.slug ?? 'a local flow'} belongs to municipality ${code}, which is not in municipalities.md`,
    )
  }
  return id
}
