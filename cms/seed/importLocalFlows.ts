import type { Payload, PayloadRequest, Where } from 'payload'
import type { LocalFlow } from '../../content-models/index.ts'
import { municipalityOf, type MunicipalityIds } from './municipalityIds.ts'
import { hashOf, publishBothLocales } from './publishBothLocales.ts'
import { localFlowDocument, type IdMap } from './toPayloadDocument.ts'

type Counts = { created: number; updated: number; unchanged: number }

/** What the import of local flows needs: the files read, and the ids of what is imported already. */
type LocalFlowSources = { localFlows: LocalFlow[]; ids: IdMap; places: MunicipalityIds }

/**
 * Creates or updates the sample local flows (one per municipality and national flow, found by
 * both), published in Danish and English, after the national flows and the lessons they use;
 * one the CMS already holds as the file says is left alone.
 */
export async function importLocalFlows(
  payload: Payload,
  req: PayloadRequest,
  { localFlows, ids, places }: LocalFlowSources,
  counts: Counts,
): Promise<void> {
  for (const local of localFlows) {
    const municipality = municipalityOf(places, { municipality: local.municipality })
    const data = localFlowDocument(ids, local, municipality)
    const same: Where[] = [
      { flow: { equals: data.flow } },
      { municipality: { equals: municipality } },
    ]
    const { docs } = await payload.find({
      collection: 'local-flows',
      where: { and: same },
      limit: 1,
      depth: 0,
      draft: true,
      showHiddenFields: true,
      req,
    })
    const stored = docs[0] as
      { id: string | number; sourceHash?: string; _status?: string } | undefined
    const sourceHash = hashOf(local)
    if (stored?.sourceHash === sourceHash && stored._status === 'published') {
      counts.unchanged++
      continue
    }
    const id =
      stored?.id ??
      (
        await payload.create({
          collection: 'local-flows',
          data: {
            flow: data.flow as number,
            municipality: municipality as number,
            _status: 'draft',
          },
          draft: true,
          req,
        })
      ).id
    if (!stored) counts.created++
    await publishBothLocales(payload, req, 'local-flows', id, data, sourceHash)
    counts.updated++
  }
}
