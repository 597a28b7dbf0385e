import type { Condition } from '../../content-models/index.ts'
import { isObject } from '../draft.ts'
import { FALSE, OPEN, TRUE, type Truth } from '../evaluateCondition.ts'

/**
 * A condition compiled for the path map. `atom` is an `answer` part of a known question: its
 * truth per answer class of that question (see answerClasses.ts) sits in `truth`, filled in
 * once the classes are known. `progress` is a `completed`/`checklistDone` part, with its value
 * for a citizen who has done nothing yet. The meaning mirrors `truthOf` part for part.
 */
export type Compiled =
  | { op: 'const'; value: Truth }
  | { op: 'all' | 'any'; parts: Compiled[] }
  | { op: 'not'; part: Compiled }
  | { op: 'atom'; question: number; named: readonly unknown[]; truth: Uint8Array }
  | { op: 'progress'; fresh: Truth }

/** What compiling needs: question positions by key, and fresh progress values. */
export type CompileContext = {
  questionAt: ReadonlyMap<string, number>
  freshChecklist: (stepKey: string) => Truth
  /** Receives every atom, so answer classes can be formed from what the rules ask. */
  atoms: Extract<Compiled, { op: 'atom' }>[]
}

/** Compiles a condition; a malformed part is false, as in `truthOf`. */
export function compile(condition: Condition, context: CompileContext): Compiled {
  if (!isObject(condition)) return { op: 'const', value: FALSE }
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition
    const parts: unknown = isAll ? condition.all : condition.any
    if (!Array.isArray(parts)) return { op: 'const', value: FALSE }
    return {
      op: isAll ? 'all' : 'any',
      parts: (parts as Condition[]).map((part) => compile(part, context)),
    }
  }
  if ('not' in condition) return { op: 'not', part: compile(condition.not, context) }
  if ('answer' in condition) {
    // An unknown question is never answered, so its part is false in planning and screening.
    const question = context.questionAt.get(condition.answer)
    if (question === undefined) return { op: 'const', value: FALSE }
    const named: unknown = 'is' in condition ? [condition.is] : condition.in
    const atom = {
      op: 'atom' as const,
      question,
      named: Array.isArray(named) ? named : [],
      truth: new Uint8Array(0),
    }
    context.atoms.push(atom)
    return atom
  }
  if ('completed' in condition) return { op: 'progress', fresh: FALSE }
  if ('checklistDone' in condition)
    return { op: 'progress', fresh: context.freshChecklist(condition.checklistDone) }
  return { op: 'const', value: FALSE }
}

/** Truth while screening: unanswered questions and all progress are open (as `openQuestions`). */
export function screeningTruth(node: Compiled, classes: Int32Array): Truth {
  switch (node.op) {
    case 'const':
      return node.value
    case 'atom': {
      const chosen = classes[node.question]!
      return chosen < 0 ? OPEN : (node.truth[chosen] as Truth)
    }
    case 'progress':
      return OPEN
    case 'not': {
      const inner = screeningTruth(node.part, classes)
      return inner === OPEN ? OPEN : inner === TRUE ? FALSE : TRUE
    }
    default: {
      const decisive = node.op === 'all' ? FALSE : TRUE
      let result: Truth = node.op === 'all' ? TRUE : FALSE
      for (const part of node.parts) {
        const value = screeningTruth(part, classes)
        if (value === decisive) return decisive
        if (value === OPEN) result = OPEN
      }
      return result
    }
  }
}

/** Truth as `planFlow` sees a fresh citizen: unanswered is false, progress as it stands at the start. */
export function freshTruth(node: Compiled, classes: Int32Array): boolean {
  switch (node.op) {
    case 'const':
      return node.value === TRUE
    case 'atom': {
      const chosen = classes[node.question]!
      return chosen >= 0 && node.truth[chosen] === TRUE
    }
    case 'progress':
      return node.fresh === TRUE
    case 'not':
      return !freshTruth(node.part, classes)
    case 'all':
      return node.parts.every((part) => freshTruth(part, classes))
    case 'any':
      return node.parts.some((part) => freshTruth(part, classes))
  }
}

/** Marks the unanswered questions inside the open parts of a condition (as `openQuestions`). */
export function markUseful(node: Compiled, classes: Int32Array, useful: Uint8Array): void {
  if (screeningTruth(node, classes) !== OPEN) return
  if (node.op === 'atom') useful[node.question] = 1
  else if (node.op === 'not') markUseful(node.part, classes, useful)
  else if (node.op === 'all' || node.op === 'any')
    for (const part of node.parts) markUseful(part, classes, useful)
}
