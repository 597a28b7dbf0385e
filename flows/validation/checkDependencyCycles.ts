import type { Flow } from '../../content-models/index.ts'
import type { FlowIndex } from '../flowIndex.ts'
import type { FlowProblem } from '../types.ts'
import { problem } from './problem.ts'
import { walkCondition } from './walkCondition.ts'

type Edge = { from: string; to: string; path: string }

/**
 * Steps that wait for each other (`completed`, `checklistDone`) in a circle, found by a
 * depth-first search: each edge back into the current chain closes one circle.
 */
export function checkDependencyCycles(flow: Flow, index: FlowIndex): FlowProblem[] {
  const problems: FlowProblem[] = []
  const finished = new Set<string>()
  const chain: Edge[] = []
  const inChain = new Set<string>()
  const visit = (key: string): void => {
    inChain.add(key)
    for (const edge of edgesFrom(key, index)) {
      if (inChain.has(edge.to)) {
        const start = chain.findIndex((link) => link.from === edge.to)
        const circle = [...(start < 0 ? [] : chain.slice(start)), edge]
        const first = circle[0]!
        problems.push(
          problem('step-dependency-cycle', first.path, [
            ...circle.map((link) => link.from),
            edge.to,
          ]),
        )
      } else if (!finished.has(edge.to)) {
        chain.push(edge)
        visit(edge.to)
        chain.pop()
      }
    }
    inChain.delete(key)
    finished.add(key)
  }
  for (const key of index.steps.keys()) if (!finished.has(key)) visit(key)
  return problems
}

function edgesFrom(key: string, index: FlowIndex): Edge[] {
  const edges: Edge[] = []
  const showWhen = index.steps.get(key)?.showWhen
  if (!showWhen) return edges
  walkCondition(showWhen, `steps[${index.stepPositions.get(key)}].showWhen`, (condition, path) => {
    const to =
      'completed' in condition
        ? condition.completed
        : 'checklistDone' in condition
          ? condition.checklistDone
          : null
    if (to !== null && index.steps.has(to)) {
      edges.push({
        from: key,
        to,
        path: `${path}.${'completed' in condition ? 'completed' : 'checklistDone'}`,
      })
    }
  })
  return edges
}
