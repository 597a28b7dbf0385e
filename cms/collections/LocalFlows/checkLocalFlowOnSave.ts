import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'
import { applyLocalFlow } from '../../../flows/localFlow.ts'
import { idOf, referenceProblems, type Reference } from '../../validation/referenceProblems.ts'
import {
  isPublishing,
  refuseIfProblems,
  type DocumentAfterSave,
  type FieldProblem,
} from '../../validation/refuse.ts'
import { scopeMessage } from '../../validation/scopeMessages.ts'
import { municipalityName } from '../../validation/scopeReferences.ts'
import { contentCollectionOf, type ContentRelation } from '../Flows/engineFlowFromData.ts'
import { languageOf } from './localFlowProblems.ts'
import { localChangesFromData } from './localFlowFromData.ts'
import { nationalFlow, type NationalFlow } from './nationalFlow.ts'

type Id = string | number
type Row = Record<string, unknown>

/** `addedSteps[2].after` → `addedSteps.2.after`; a hidden key's fault belongs to the whole list. */
const fieldPath = (path: string) =>
  path.startsWith('hiddenSteps') ? 'hiddenSteps' : path.replace(/\[(\d+)\]/g, '.$1')

/** Another local flow of the same municipality building on the same national flow. */
async function alreadyAdapted(
  req: PayloadRequest,
  flow: Id,
  municipality: Id,
  id: Id | undefined,
): Promise<boolean> {
  const same: Where[] = [{ flow: { equals: flow } }, { municipality: { equals: municipality } }]
  const where: Where = { and: id === undefined ? same : [...same, { id: { not_equals: id } }] }
  const { totalDocs } = await req.payload.count({
    collection: 'local-flows',
    where,
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** What is wrong with the national flow chosen: gone, or not national. */
async function flowProblems(
  req: PayloadRequest,
  national: NationalFlow | null,
): Promise<FieldProblem[]> {
  if (!national) return [{ path: 'flow', message: scopeMessage(req, 'localFlowFlowMissing') }]
  const owner = idOf(national.municipality)
  if (owner === undefined) return []
  const vars = { title: national.flow.title.da, owner: await municipalityName(req, owner) }
  return [{ path: 'flow', message: scopeMessage(req, 'localFlowNeedsNationalFlow', vars) }]
}

/** The local steps' content, to be published before the local flow is. */
const contentReferences = (doc: Row): Reference[] =>
  (Array.isArray(doc.addedSteps) ? (doc.addedSteps as Row[]) : []).flatMap((step, index) => {
    const relation = step.content as ContentRelation | null | undefined
    const collection = relation && step.kind !== 'contact' ? contentCollectionOf(relation) : null
    return collection
      ? [{ path: `addedSteps.${index}.content`, collection, id: relation?.value }]
      : []
  })

/**
 * Every save of a local flow by an editor, and every publish: it belongs to a municipality,
 * builds on a national flow the municipality has not adapted already, and fits that flow as
 * published (each local step's anchor is one of its steps, each hidden step too, no key
 * clashes). Publishing also needs the local steps' content published. Each problem is shown
 * at its field. The document's title is made from the municipality and the flow.
 */
export const checkLocalFlowOnSave: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const before = originalDoc as DocumentAfterSave | undefined
  const doc: Row = { ...before, ...(data as Row) }
  const own = idOf(doc.municipality)
  const national = await nationalFlow(req, doc.flow)
  if (national && own !== undefined) {
    // The name is one for both locales: the municipality and the flow's Danish title.
    const danish = await nationalFlow(req, doc.flow, 'da')
    data.title = `${await municipalityName(req, own)}: ${danish?.flow.title.da ?? ''}`
  }
  if (!req.user && !isPublishing(data)) return data
  const problems: FieldProblem[] = await flowProblems(req, national)
  if (own === undefined) {
    problems.push({
      path: 'municipality',
      message: scopeMessage(req, 'localFlowNeedsMunicipality'),
    })
  } else if (national && (await alreadyAdapted(req, national.id, own, before?.id))) {
    const vars = { owner: await municipalityName(req, own), title: national.flow.title.da }
    problems.push({ path: 'flow', message: scopeMessage(req, 'localFlowTaken', vars) })
  }
  if (national && problems.length === 0) {
    const { problems: misfits } = applyLocalFlow(
      national.flow,
      localChangesFromData(doc, () => null),
    )
    for (const problem of misfits) {
      problems.push({ path: fieldPath(problem.path), message: problem.message[languageOf(req)] })
    }
  }
  if (isPublishing(data)) problems.push(...(await referenceProblems(req, contentReferences(doc))))
  refuseIfProblems('local-flows', problems, req)
  return data
}
