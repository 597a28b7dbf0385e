import type { Flow } from '../../content-models/index.ts'
import type { FlowIndex } from '../flowIndex.ts'
import { compileCondition } from '../logic/compileCondition.ts'
import { always, createSpace, flag, never, type Formula } from '../logic/formula.ts'
import { isSatisfiable } from '../logic/satisfiable.ts'
import type { FlowProblem } from '../types.ts'
import { canHold } from './checkImpossibleConditions.ts'
import { hiddenInEveryVariant } from './checkVariants.ts'
import { problem } from './problem.ts'

/**
 * Steps no citizen ever sees: hidden by every variant, or waiting (`completed`,
 * `checklistDone`) for steps that are never shown with the same answers. A step's own
 * impossible condition is reported by `checkImpossibleConditions` instead.
 */
export function checkUnreachableSteps(flow: Flow, index: FlowIndex): FlowProblem[] {
  const hidden = hiddenInEveryVariant(flow)
  const space = createSpace()
  const shown = new Map<string, Formula>()
  const inProgress = new Set<string>()

  // A step can be completed only if it was shown, under the same answers: `completed: x`
  // becomes "x flagged done and x shown". Inside a dependency cycle (reported elsewhere) the
  // link is cut, which can only make a step look reachable, never the reverse.
  const whenShown = (key: string): Formula => {
    const known = shown.get(key)
    if (known) return known
    const step = index.steps.get(key)
    if (!step || hidden.has(key)) return never
    if (!step.showWhen) return always
    inProgress.add(key)
    const formula = compileCondition(step.showWhen, {
      questions: index.questions,
      space,
      stepAtom: (kind, target) => {
        const done = flag(space, index.steps.has(target) ? `${kind}:${target}` : null)
        if (!index.steps.has(target) || inProgress.has(target)) return done
        return { op: 'all', parts: [done, whenShown(target)] }
      },
    })
    inProgress.delete(key)
    shown.set(key, formula)
    return formula
  }

  const problems: FlowProblem[] = []
  for (const [key, step] of index.steps) {
    const path = `steps[${index.stepPositions.get(key)}]`
    if (hidden.has(key)) {
      // Hiding the contact step is reported as such by checkVariants.
      if (step.kind !== 'contact') problems.push(problem('step-never-shown', path, key, 'variants'))
      continue
    }
    if (!step.showWhen || isSatisfiable(whenShown(key), space.domains) !== false) continue
    if (canHold(step.showWhen, index))
      problems.push(problem('step-never-shown', path, key, 'dependencies'))
  }
  return problems
}
