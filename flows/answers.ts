import type { Question, yesNoValues } from '../content-models/index.ts'
import { listOf } from './draft.ts'

const yesNo: typeof yesNoValues = ['yes', 'no']

/** The answers a citizen can give to a question: yes/no, or the values of its options. */
export function optionValues(question: Question): readonly string[] {
  if (question.type === 'yesno') return yesNo
  return listOf(question.options).map((option) => option.value)
}

/** Valid answers per question key, each as a set of chosen values (one for yes/no and single). */
export type Answers = ReadonlyMap<string, ReadonlySet<string>>

/**
 * Keeps the answers that still fit the flow: known questions, values that are options.
 * A single answer that is no longer an option, or a multi answer with none left, counts as
 * unanswered; an empty multi answer means "none of these".
 */
export function normalizeAnswers(questions: readonly Question[], raw: unknown): Answers {
  const answers = new Map<string, ReadonlySet<string>>()
  if (typeof raw !== 'object' || raw === null) return answers
  for (const question of questions) {
    if (answers.has(question.key) || !Object.hasOwn(raw, question.key)) continue
    const given: unknown = (raw as Record<string, unknown>)[question.key]
    const values = optionValues(question)
    if (question.type === 'multi') {
      const list = Array.isArray(given) ? given : [given]
      const chosen = new Set(list.filter((value) => values.includes(value as string)) as string[])
      if (chosen.size > 0 || list.length === 0) answers.set(question.key, chosen)
    } else if (typeof given === 'string' && values.includes(given)) {
      answers.set(question.key, new Set([given]))
    }
  }
  return answers
}
