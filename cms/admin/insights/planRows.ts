import type { Flow } from '../../../content-models/index.ts'

/** At most this many answer combinations are sent to the tracking API (its limit is 5000). */
const maxPlanRows = 2000

/**
 * Every answer a question can have as the tracking API writes it: yes/no or an option key,
 * "" for unanswered; a multi-choice question every subset of its options (sorted, joined by
 * "+", "" for none chosen). Null when a multi-choice question has too many options to list.
 */
function answerValues(question: Flow['questions'][number]): string[] | null {
  if (question.type === 'yesno') return ['yes', 'no', '']
  const options = question.options.map((option) => option.value)
  if (question.type !== 'multi') return [...options, '']
  if (options.length > 11) return null
  const subsets: string[] = []
  for (let mask = 0; mask < 1 << options.length; mask++)
    subsets.push(
      options
        .filter((_, bit) => mask & (1 << bit))
        .sort()
        .join('+'),
    )
  return subsets
}

/**
 * Every combination of answers to `questions` (in that order), or null when there are more
 * than `maxPlanRows` (then the plans cannot be described to the tracking API in one request).
 */
export function answerCombinations(flow: Flow, questions: readonly string[]): string[][] | null {
  let rows: string[][] = [[]]
  for (const key of questions) {
    const question = flow.questions.find((candidate) => candidate.key === key)
    const values = question ? answerValues(question) : null
    if (!values || rows.length * values.length > maxPlanRows) return null
    rows = rows.flatMap((row) => values.map((value) => [...row, value]))
  }
  return rows
}
