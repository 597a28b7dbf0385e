import type { Condition, Question } from '../../content-models/index.ts'
import { optionValues } from '../answers.ts'
import { isObject } from '../draft.ts'
import { flag, never, variable, type Formula, type Space } from './formula.ts'

/** How to compile `completed` and `checklistDone`: free flags, or tied to other steps. */
type StepAtom = (kind: 'completed' | 'checklistDone', stepKey: string) => Formula

/** What compiling a condition needs. */
export type Compiler = {
  questions: ReadonlyMap<string, Question>
  space: Space
  stepAtom?: StepAtom
}

/**
 * Compiles a condition over the flow's finite answer space. A single-choice or yes/no question
 * is one variable over its options; a multi-choice question is one flag per option. Parts that
 * name something unknown become free flags: they are reported as unknown, not as impossible.
 */
export function compileCondition(condition: Condition, compiler: Compiler): Formula {
  const { space } = compiler
  if (!isObject(condition)) return never
  if ('all' in condition)
    return { op: 'all', parts: condition.all.map((part) => compileCondition(part, compiler)) }
  if ('any' in condition)
    return { op: 'any', parts: condition.any.map((part) => compileCondition(part, compiler)) }
  if ('not' in condition) return { op: 'not', part: compileCondition(condition.not, compiler) }
  if ('answer' in condition) {
    const question = compiler.questions.get(condition.answer)
    if (!question) return flag(space, null)
    const values = [...new Set(optionValues(question))]
    const named = 'is' in condition ? [condition.is] : condition.in
    const wanted = named.filter((value) => values.includes(value))
    if (wanted.length === 0) return flag(space, null)
    if (question.type === 'multi') {
      return {
        op: 'any',
        parts: wanted.map((value) => flag(space, `option:${question.key}:${value}`)),
      }
    }
    const answer = variable(space, `answer:${question.key}`, values.length)
    return { op: 'is', variable: answer, values: wanted.map((value) => values.indexOf(value)) }
  }
  const kind = 'completed' in condition ? 'completed' : 'checklistDone'
  const stepKey = 'completed' in condition ? condition.completed : condition.checklistDone
  return compiler.stepAtom ? compiler.stepAtom(kind, stepKey) : flag(space, `${kind}:${stepKey}`)
}
