import type { PayloadRequest } from 'payload'
import type { Flow } from '../../../content-models/index.ts'
import { idOf } from '../../validation/referenceProblems.ts'
import { keepingLocale } from '../../validation/keepingLocale.ts'
import { engineFlowFromData } from '../Flows/engineFlowFromData.ts'

type Row = Record<string, unknown>

/** The national flow a local flow builds on: its id, its municipality (none when national), the flow. */
export type NationalFlow = { id: string | number; municipality: unknown; flow: Flow }

/**
 * The flow a local flow points at, as citizens see it (its published version; a flow never
 * published as it stands), in the engine's shape; null when there is none. Only keys, titles
 * and kinds matter here, so content is left out. Texts are the request's locale's, or `locale`'s.
 */
export async function nationalFlow(
  req: PayloadRequest,
  value: unknown,
  locale?: 'da' | 'en',
): Promise<NationalFlow | null> {
  const id = idOf(value)
  if (id === undefined) return null
  const doc = (await keepingLocale(req, () =>
    req.payload.findByID({
      collection: 'flows',
      id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      ...(locale ? { locale } : {}),
      req,
    }),
  )) as Row | null
  if (!doc) return null
  return {
    id,
    municipality: doc.municipality,
    flow: engineFlowFromData(doc, () => null),
  }
}
