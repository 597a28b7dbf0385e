import type { Flow, Question } from '../content-models/index.ts'
import { nextQuestion, openQuestions } from './nextQuestion.ts'

/**
 * Screening: which question a citizen sees when, as the site asks them and the editors' trial
 * replays them. Built on `nextQuestion`, so editing an early answer can change what follows.
 */

/** An answer as the device keeps it: one value, or several for a multi-choice question. */
export type ScreeningAnswer = string | readonly string[]

type Answer = ScreeningAnswer

/**
 * The questions a citizen walks through with these answers, in order: each one `nextQuestion`
 * picks given the answers before it, ending at the first unanswered question (if any).
 * Editing an early answer can change which questions follow.
 */
export function questionPath(
  flow: Flow,
  answers: Readonly<Record<string, ScreeningAnswer>>,
): Question[] {
  const path: Question[] = []
  const given: Record<string, Answer> = {}
  for (let guard = 0; guard <= flow.questions.length; guard++) {
    const question = nextQuestion(flow, given)
    if (!question || path.some((seen) => seen.key === question.key)) break
    path.push(question)
    const answer = answers[question.key]
    if (answer === undefined) break
    given[question.key] = answer
  }
  return path
}

/** The answers on the path only: answers to questions that no longer matter are dropped. */
export function answersOnPath<Given extends ScreeningAnswer>(
  flow: Flow,
  answers: Readonly<Record<string, Given>>,
): Record<string, Given> {
  const kept: Record<string, Given> = {}
  for (const question of questionPath(flow, answers)) {
    const answer = answers[question.key]
    if (answer !== undefined) kept[question.key] = answer
  }
  return kept
}

/** Where the citizen is: a question (by key), or the plan once nothing is left to ask. */
export type Screen = { kind: 'question'; key: string } | { kind: 'plan' }

/** The screen to open with: the first unanswered question on the path, else the plan. */
export function firstScreen(
  flow: Flow,
  answers: Readonly<Record<string, ScreeningAnswer>>,
): Screen {
  const last = questionPath(flow, answers).at(-1)
  return last && answers[last.key] === undefined
    ? { kind: 'question', key: last.key }
    : { kind: 'plan' }
}

/** The screen after answering `key`: the next question on the (maybe changed) path, else the plan. */
export function screenAfter(
  flow: Flow,
  answers: Readonly<Record<string, ScreeningAnswer>>,
  key: string,
): Screen {
  const path = questionPath(flow, answers)
  const index = path.findIndex((question) => question.key === key)
  const next = index >= 0 ? path[index + 1] : undefined
  return next ? { kind: 'question', key: next.key } : firstScreen(flow, answers)
}

/** The question before `key` on the path, or null for the first. */
export function questionBefore(
  flow: Flow,
  answers: Readonly<Record<string, ScreeningAnswer>>,
  key: string,
): string | null {
  const path = questionPath(flow, answers)
  const index = path.findIndex((question) => question.key === key)
  return index > 0 ? (path[index - 1]?.key ?? null) : null
}

/** Position of a question on the path and how many questions there are likely to be in all. */
export function questionNumber(
  flow: Flow,
  answers: Readonly<Record<string, ScreeningAnswer>>,
  key: string,
): { n: number; total: number } {
  const path = questionPath(flow, answers)
  const index = path.findIndex((question) => question.key === key)
  const given: Record<string, Answer> = {}
  for (const question of path.slice(0, index + 1)) {
    const answer = answers[question.key]
    if (answer !== undefined) given[question.key] = answer
  }
  const later = openQuestions(flow, given).filter((question) => question.key !== key).length
  return { n: index + 1, total: Math.max(index + 1 + later, path.length) }
}

/**
 * The options chosen after a click on `value`: a multi-choice question toggles it, any other
 * question keeps only it.
 */
export function choose(chosen: readonly string[], value: string, multi: boolean): string[] {
  if (!multi) return [value]
  return chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
}
