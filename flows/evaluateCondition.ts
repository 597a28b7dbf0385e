import type { Condition } from '../content-models/index.ts'
import type { Answers } from './answers.ts'
import { isObject } from './draft.ts'

/** Certainly false. */
export const FALSE = 0
/** Certainly true. */
export const TRUE = 1
/** Not decided yet: depends on something still unknown (Kleene's three-valued logic). */
export const OPEN = 2
/** The truth of a condition: false, true or open. */
export type Truth = typeof FALSE | typeof TRUE | typeof OPEN

/** What a condition can ask about a citizen. */
export type ConditionFacts = {
  answers: Answers
  /** The truth of `answer` parts for a question without a (valid) answer. */
  unanswered: (questionKey: string) => Truth
  completed: (stepKey: string) => Truth
  checklistDone: (stepKey: string) => Truth
}

/**
 * The truth of a condition; a malformed one is false. `is` and `in` on a multi-choice
 * answer hold when the chosen set contains a value.
 */
export function truthOf(condition: Condition, facts: ConditionFacts): Truth {
  if (!isObject(condition)) return FALSE
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition
    const parts: unknown = isAll ? condition.all : condition.any
    if (!Array.isArray(parts)) return FALSE
    const decisive = isAll ? FALSE : TRUE
    let result: Truth = isAll ? TRUE : FALSE
    for (const part of parts as Condition[]) {
      const value = truthOf(part, facts)
      if (value === decisive) return decisive
      if (value === OPEN) result = OPEN
    }
    return result
  }
  if ('not' in condition) {
    const value = truthOf(condition.not, facts)
    return value === OPEN ? OPEN : value === TRUE ? FALSE : TRUE
  }
  if ('answer' in condition) {
    const chosen = facts.answers.get(condition.answer)
    if (chosen === undefined) return facts.unanswered(condition.answer)
    const named: unknown = 'is' in condition ? [condition.is] : condition.in
    return Array.isArray(named) &&
      (named as unknown[]).some((value) => (chosen as ReadonlySet<unknown>).has(value))
      ? TRUE
      : FALSE
  }
  if ('completed' in condition) return facts.completed(condition.completed)
  if ('checklistDone' in condition) return facts.checklistDone(condition.checklistDone)
  return FALSE
}
