import type { Flow } from '../content-models/index.ts'
import { listOf } from './draft.ts'
import { indexFlow } from './flowIndex.ts'
import type { FlowCatalog, FlowProblem } from './types.ts'
import { checkContactStep } from './validation/checkContactStep.ts'
import { checkContent } from './validation/checkContent.ts'
import { checkDependencyCycles } from './validation/checkDependencyCycles.ts'
import { checkFallback } from './validation/checkFallback.ts'
import { checkImpossibleConditions } from './validation/checkImpossibleConditions.ts'
import { checkKeys } from './validation/checkKeys.ts'
import { checkReferences } from './validation/checkReferences.ts'
import { checkUnreachableSteps } from './validation/checkUnreachableSteps.ts'
import { checkVariants } from './validation/checkVariants.ts'

/**
 * Every problem in a flow definition, each with the path of the field at fault and a message
 * in Danish and English; an empty list means the flow may be published. Expects a flow that
 * parses with the `flow` schema of content-models; the catalog says what is published.
 * @example
 * // flow: tests/flows/fixtures/valid-flow.json, catalog: catalog.json beside it
 * validateFlow(flow, catalog) // []
 * validateFlow(flow, { ...catalog, lessons: [] })[0]
 * // { path: 'steps[0].content', code: 'content-not-found', message: { da: 'Trinnet "velkommen" peger på …', en: '…' } }
 */
export function validateFlow(document: Flow, catalog: FlowCatalog = {}): FlowProblem[] {
  // A document straight from the CMS may lack the lists the schema defaults to empty.
  const flow: Flow = {
    ...document,
    questions: listOf(document.questions),
    steps: listOf(document.steps),
    variants: listOf(document.variants),
  }
  const index = indexFlow(flow)
  return [
    ...checkKeys(flow),
    ...checkReferences(flow, index),
    ...checkContent(flow, catalog),
    ...checkVariants(flow, index),
    ...checkContactStep(flow, index),
    ...checkImpossibleConditions(flow, index),
    ...checkUnreachableSteps(flow, index),
    ...checkDependencyCycles(flow, index),
    ...checkFallback(flow, catalog),
  ]
}
