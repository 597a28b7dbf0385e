import type { Flow, Question, Step } from '../content-models/index.ts'
import { listOf } from './draft.ts'

/** A flow's questions and steps by key; the first of duplicate keys wins. */
export type FlowIndex = {
  questions: ReadonlyMap<string, Question>
  steps: ReadonlyMap<string, Step>
  /** Position of each step in `flow.steps`, for paths in problems. */
  stepPositions: ReadonlyMap<string, number>
}

/** Indexes a flow's questions and steps by key. */
export function indexFlow(flow: Flow): FlowIndex {
  const questions = new Map<string, Question>()
  for (const question of listOf(flow.questions)) {
    if (!questions.has(question.key)) questions.set(question.key, question)
  }
  const steps = new Map<string, Step>()
  const stepPositions = new Map<string, number>()
  listOf(flow.steps).forEach((step, position) => {
    if (steps.has(step.key)) return
    steps.set(step.key, step)
    stepPositions.set(step.key, position)
  })
  return { questions, steps, stepPositions }
}
