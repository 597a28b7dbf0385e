import type { Condition, Flow, Question } from '../content-models/index.ts'
import { normalizeAnswers } from './answers.ts'
import { listOf } from './draft.ts'
import { FALSE, OPEN, truthOf, type ConditionFacts } from './evaluateCondition.ts'

/**
 * The unanswered questions whose answer can still change which steps show or whether the
 * fallback applies, given the answers so far, in the flow's order. Completed steps count as
 * unknown. Errs towards asking: a question counts while a condition mentions it in a part
 * the answers so far have not decided.
 */
export function openQuestions(
  flow: Flow,
  answers?: Readonly<Record<string, unknown>> | null,
): Question[] {
  const questions = listOf(flow.questions)
  const known = new Set(questions.map((question) => question.key))
  const facts: ConditionFacts = {
    answers: normalizeAnswers(questions, answers),
    // A question the flow does not have can never be answered, as in planning.
    unanswered: (key) => (known.has(key) ? OPEN : FALSE),
    completed: () => OPEN,
    checklistDone: () => OPEN,
  }
  const useful = new Set<string>()
  const collect = (condition: Condition): void => {
    if (truthOf(condition, facts) !== OPEN) return
    if ('answer' in condition) useful.add(condition.answer)
    else if ('all' in condition) condition.all.forEach(collect)
    else if ('any' in condition) condition.any.forEach(collect)
    else if ('not' in condition) collect(condition.not)
  }
  for (const step of listOf(flow.steps)) if (step.showWhen) collect(step.showWhen)
  if (flow.fallback?.when) collect(flow.fallback.when)
  // Deleting as we go keeps only the first of duplicate keys.
  return questions.filter(
    (question) => !facts.answers.has(question.key) && useful.delete(question.key),
  )
}

/**
 * The screening question to ask next, or null when no answer can change the citizen's path.
 * @example
 * // flow: tests/flows/fixtures/valid-flow.json
 * nextQuestion(flow, {})?.key // 'har-cv'
 * nextQuestion(flow, { 'har-cv': 'no' })?.key // 'jobmaal'
 * nextQuestion(flow, { 'har-cv': 'yes', jobmaal: 'klart', behov: [] }) // null: nothing left to ask
 */
export function nextQuestion(
  flow: Flow,
  answers?: Readonly<Record<string, unknown>> | null,
): Question | null {
  return openQuestions(flow, answers)[0] ?? null
}
