import type { Condition, Flow } from '../../content-models/index.ts'
import type { FlowIndex } from '../flowIndex.ts'
import { compileCondition } from '../logic/compileCondition.ts'
import { createSpace } from '../logic/formula.ts'
import { isSatisfiable } from '../logic/satisfiable.ts'
import type { FlowProblem } from '../types.ts'
import { problem } from './problem.ts'
import { conditionParts, flowConditions } from './walkCondition.ts'

/**
 * Conditions, and parts of conditions, that no combination of answers and completed steps
 * makes true. Reports the outermost impossible part only: its inside is one fault, not several.
 */
export function checkImpossibleConditions(flow: Flow, index: FlowIndex): FlowProblem[] {
  const problems: FlowProblem[] = []
  const check = (condition: Condition, path: string): void => {
    if (!canHold(condition, index)) {
      problems.push(problem('condition-never-holds', path))
      return
    }
    for (const part of conditionParts(condition, path)) check(part.condition, part.path)
  }
  for (const root of flowConditions(flow)) check(root.condition, root.path)
  return problems
}

/** False only when the condition is certainly impossible; `completed` steps count as free. */
export function canHold(condition: Condition, index: FlowIndex): boolean {
  const space = createSpace()
  const formula = compileCondition(condition, { questions: index.questions, space })
  return isSatisfiable(formula, space.domains) !== false
}
