import type { Condition, Flow } from '../../content-models/index.ts'
import type { FlowState } from '../../flows/index.ts'

/**
 * The meaning of a condition, written out plainly and separately from the engine, so
 * property tests can check the engine against it. Without checklist definitions,
 * `checklistDone` means the checklist step is completed.
 */
export function referenceHolds(condition: Condition, flow: Flow, state: FlowState): boolean {
  if ('all' in condition) return condition.all.every((part) => referenceHolds(part, flow, state))
  if ('any' in condition) return condition.any.some((part) => referenceHolds(part, flow, state))
  if ('not' in condition) return !referenceHolds(condition.not, flow, state)
  const completed = Array.isArray(state.completed) ? state.completed : []
  if ('completed' in condition) return completed.includes(condition.completed)
  if ('checklistDone' in condition) {
    const step = flow.steps.find((candidate) => candidate.key === condition.checklistDone)
    return step?.content?.collection === 'checklists' && completed.includes(step.key)
  }
  const question = flow.questions.find((candidate) => candidate.key === condition.answer)
  const answers = (state.answers ?? {}) as Record<string, unknown>
  if (!question || !Object.hasOwn(answers, question.key)) return false
  const allowed =
    question.type === 'yesno' ? ['yes', 'no'] : question.options.map((option) => option.value)
  const given = answers[question.key]
  let chosen: unknown[]
  if (question.type === 'multi')
    chosen = (Array.isArray(given) ? given : [given]).filter((value) =>
      allowed.includes(value as string),
    )
  else chosen = typeof given === 'string' && allowed.includes(given) ? [given] : []
  const wanted = 'is' in condition ? [condition.is] : condition.in
  return wanted.some((value) => chosen.includes(value))
}
