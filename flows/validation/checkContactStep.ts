import type { Flow } from '../../content-models/index.ts'
import type { FlowIndex } from '../flowIndex.ts'
import { compileCondition } from '../logic/compileCondition.ts'
import { createSpace } from '../logic/formula.ts'
import { isSatisfiable } from '../logic/satisfiable.ts'
import type { FlowProblem } from '../types.ts'
import { problem } from './problem.ts'

/**
 * Every flow offers a conversation with a caseworker: it needs a contact step, and at least one
 * contact step must show whatever the citizen answers or does.
 */
export function checkContactStep(flow: Flow, index: FlowIndex): FlowProblem[] {
  const contactSteps = flow.steps
    .map((step, at) => ({ step, at }))
    .filter(({ step }) => step.kind === 'contact')
  const [first] = contactSteps
  if (!first) return [problem('no-contact-step', 'steps')]
  const alwaysShown = contactSteps.some(({ step }) => {
    if (!step.showWhen) return true
    const space = createSpace()
    const formula = compileCondition(step.showWhen, { questions: index.questions, space })
    return isSatisfiable({ op: 'not', part: formula }, space.domains) === false
  })
  return alwaysShown
    ? []
    : [problem('contact-step-conditional', `steps[${first.at}].showWhen`, first.step.key)]
}
