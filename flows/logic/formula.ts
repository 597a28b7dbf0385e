/**
 * A condition compiled for the solver: `is` holds when a finite variable takes one of `values`.
 * Formulas may share parts (a step's condition reused where other steps wait for it).
 */
export type Formula =
  | { op: 'const'; value: boolean }
  | { op: 'all' | 'any'; parts: Formula[] }
  | { op: 'not'; part: Formula }
  | { op: 'is'; variable: number; values: readonly number[] }

/** The variables formulas range over: variable `v` takes a value from 0 to `domains[v] - 1`. */
export type Space = { domains: number[]; named: Map<string, number> }

/** An empty set of variables. */
export function createSpace(): Space {
  return { domains: [], named: new Map() }
}

/** The variable with this name (made on first use), or a fresh one when the name is null. */
export function variable(space: Space, name: string | null, size: number): number {
  const existing = name === null ? undefined : space.named.get(name)
  if (existing !== undefined) return existing
  space.domains.push(size)
  const id = space.domains.length - 1
  if (name !== null) space.named.set(name, id)
  return id
}

/** A yes/no variable that is true; fresh when unnamed. */
export function flag(space: Space, name: string | null): Formula {
  return { op: 'is', variable: variable(space, name, 2), values: [1] }
}

/** The formula that always holds. */
export const always: Formula = { op: 'const', value: true }
/** The formula that never holds. */
export const never: Formula = { op: 'const', value: false }
