import type { Flow, Question } from '../../content-models/index.ts'
import { nextQuestion } from '../../flows/index.ts'

type Answers = Record<string, string | string[]>

/** Every answer a citizen can give to a question: yes/no, one option, or any subset of options. */
export function possibleAnswers(question: Question): (string | string[])[] {
  if (question.type === 'yesno') return ['yes', 'no']
  const values = [...new Set(question.options.map((option) => option.value))]
  if (question.type === 'single') return values
  return Array.from({ length: 2 ** values.length }, (_, mask) =>
    values.filter((_, at) => mask & (2 ** at)),
  )
}

/**
 * Every combination of screening answers, walked the way the site asks: `nextQuestion` picks
 * each question from the answers before it, until none is left. Written apart from the path
 * map, on the public engine only, so the map can be checked against it.
 */
export function* everyCombination(flow: Flow, answers: Answers = {}): Generator<Answers> {
  const question = nextQuestion(flow, answers)
  if (!question) {
    yield answers
    return
  }
  for (const answer of possibleAnswers(question))
    yield* everyCombination(flow, { ...answers, [question.key]: answer })
}
