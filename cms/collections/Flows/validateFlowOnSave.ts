import type { CollectionBeforeChangeHook } from 'payload'
import { validateFlow } from '../../../flows/index.ts'
import { isPublishing, refuseIfProblems, type DocumentAfterSave } from '../../validation/refuse.ts'
import { publishedCatalog } from './publishedCatalog.ts'
import { toEngineFlow } from './toEngineFlow.ts'

/** `steps[3].showWhen.all[1]` → `steps.3.showWhen`: the admin marks the JSON field holding the fault. */
function payloadPath(enginePath: string): string {
  const dotted = enginePath.replace(/\[(\d+)\]/g, '.$1')
  const json = /^(.*?\b(?:showWhen|when))\b/.exec(dotted)
  return json?.[1] ?? dotted
}

/**
 * Every save of a flow by an editor, draft or published, runs the flow engine's checks against
 * what is published. The system's own draft writes (the import's bare placeholders) skip them;
 * its publishing does not.
 */
export const validateFlowOnSave: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!req.user && !isPublishing(data)) return data
  const before = originalDoc as DocumentAfterSave | undefined
  const flow = await toEngineFlow(req, { ...before, ...(data as DocumentAfterSave) })
  const catalog = await publishedCatalog(req, before?.id)
  const language = req.i18n.language === 'en' ? 'en' : 'da'
  const problems = validateFlow(flow, catalog).map((problem) => ({
    path: payloadPath(problem.path),
    message: problem.message[language],
  }))
  refuseIfProblems('flows', problems, req)
  return data
}
