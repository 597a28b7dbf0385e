import type { Formula } from './formula.ts'

const FALSE = 0
const TRUE = 1
const OPEN = 2

/**
 * Whether some assignment of the variables makes the formula true: a backtracking search that
 * decides parts early with three-valued evaluation. Answers undefined when the search would
 * take more than `budget` nodes, so callers report nothing rather than guess.
 */
export function isSatisfiable(
  formula: Formula,
  domains: readonly number[],
  budget = 20_000,
): boolean | undefined {
  const variables: number[] = []
  const seen = new Set<Formula>()
  let shared = false
  const collect = (node: Formula): void => {
    if (seen.has(node)) {
      shared = true
      return
    }
    seen.add(node)
    if (node.op === 'is') {
      if (!variables.includes(node.variable)) variables.push(node.variable)
    } else if (node.op === 'not') collect(node.part)
    else if (node.op !== 'const') node.parts.forEach(collect)
  }
  collect(formula)

  const assignment = new Int32Array(domains.length).fill(-1)
  let nodes = 0
  const search = (depth: number): boolean | undefined => {
    if (++nodes > budget) return undefined
    const value = evaluate(formula, assignment, shared ? new Map() : null)
    if (value !== OPEN) return value === TRUE
    const next = variables[depth]
    if (next === undefined) return false
    const size = domains[next] ?? 0
    for (let choice = 0; choice < size; choice++) {
      assignment[next] = choice
      const found = search(depth + 1)
      if (found !== false) {
        assignment[next] = -1
        return found
      }
    }
    assignment[next] = -1
    return false
  }
  return search(0)
}

function evaluate(
  node: Formula,
  assignment: Int32Array,
  memo: Map<Formula, number> | null,
): number {
  const known = memo?.get(node)
  if (known !== undefined) return known
  let value: number
  if (node.op === 'const') value = node.value ? TRUE : FALSE
  else if (node.op === 'is') {
    const chosen = assignment[node.variable] ?? -1
    value = chosen < 0 ? OPEN : node.values.includes(chosen) ? TRUE : FALSE
  } else if (node.op === 'not') {
    const inner = evaluate(node.part, assignment, memo)
    value = inner === OPEN ? OPEN : inner === TRUE ? FALSE : TRUE
  } else {
    const decisive = node.op === 'all' ? FALSE : TRUE
    value = node.op === 'all' ? TRUE : FALSE
    for (const part of node.parts) {
      const inner = evaluate(part, assignment, memo)
      if (inner === decisive) {
        value = decisive
        break
      }
      if (inner === OPEN) value = OPEN
    }
  }
  memo?.set(node, value)
  return value
}
