import type { FieldHook, PayloadRequest } from 'payload'
import { applyLocalFlow, type LocalFlowProblem } from '../../../flows/localFlow.ts'
import { localChangesFromData } from './localFlowFromData.ts'
import { nationalFlow } from './nationalFlow.ts'

type Row = Record<string, unknown>

/**
 * What in a local flow no longer fits its national flow as published now: a local step whose
 * anchor step is gone, a hidden step that is gone, a key the national flow took. None when the
 * document points at no flow (the save check says so).
 */
async function localFlowProblems(req: PayloadRequest, doc: Row): Promise<LocalFlowProblem[]> {
  const national = await nationalFlow(req, doc.flow)
  if (!national) return []
  return applyLocalFlow(
    national.flow,
    localChangesFromData(doc, () => null),
  ).problems
}

/** The editor's admin language. */
export const languageOf = (req: Partial<PayloadRequest>): 'da' | 'en' =>
  req.i18n?.language === 'en' ? 'en' : 'da'

/**
 * The `problems` field, read on every read and never stored: one line per problem in the
 * reader's admin language, empty when the local flow fits. So the list and the document show
 * a problem as soon as the national flow changes, without the local flow being saved again.
 */
export const readLocalFlowProblems: FieldHook = async ({ data, req }) => {
  if (!data) return ''
  const problems = await localFlowProblems(req, data as Row)
  return problems.map((problem) => problem.message[languageOf(req)]).join('\n')
}
