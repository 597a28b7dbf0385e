import type { Condition, Flow } from '../../content-models/index.ts'

/** Every condition of a flow with its path: each step's `showWhen` and the fallback's `when`. */
export function flowConditions(flow: Flow): { condition: Condition; path: string }[] {
  const found: { condition: Condition; path: string }[] = []
  flow.steps.forEach((step, position) => {
    if (step.showWhen) found.push({ condition: step.showWhen, path: `steps[${position}].showWhen` })
  })
  if (flow.fallback?.when) found.push({ condition: flow.fallback.when, path: 'fallback.when' })
  return found
}

/** The parts directly inside a condition, with their paths. */
export function conditionParts(
  condition: Condition,
  path: string,
): { condition: Condition; path: string }[] {
  if ('all' in condition)
    return condition.all.map((part, at) => ({ condition: part, path: `${path}.all[${at}]` }))
  if ('any' in condition)
    return condition.any.map((part, at) => ({ condition: part, path: `${path}.any[${at}]` }))
  if ('not' in condition) return [{ condition: condition.not, path: `${path}.not` }]
  return []
}

/** Visits a condition and every part inside it, depth first; `visit` returns false to skip a part's inside. */
export function walkCondition(
  condition: Condition,
  path: string,
  visit: (condition: Condition, path: string) => unknown,
): void {
  if (visit(condition, path) === false) return
  for (const part of conditionParts(condition, path))
    walkCondition(part.condition, part.path, visit)
}
