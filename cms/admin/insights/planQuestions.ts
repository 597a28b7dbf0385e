import type { PayloadRequest } from 'payload'
import type { Flow } from '../../../content-models/index.ts'
import { mapPaths } from '../../../flows/pathMap/index.ts'
import { toEngineFlow } from '../../collections/Flows/toEngineFlow.ts'
import { answerCombinations } from './planRows.ts'

/** One answer as the tracking API groups it: option keys joined by "+", "" when unanswered. */
type GroupAnswer = { question: string; value: string }

/**
 * How Indsigt groups a flow's citizens: by their answers to the questions that change the plan
 * (the path map's `changesPlan`), and which of the path map's plans those answers lead to.
 */
export type PlanGrouping = {
  /** The questions the tracking API groups by. */
  questions: string[]
  /** The path map's plans in its order ("Plan 1" is the first): their steps' keys in order. */
  plans: { steps: string[] }[]
  /** The plan (index into `plans`) a group's answers lead to; null when answers are missing. */
  planOf: (answers: readonly GroupAnswer[]) => number | null
  /**
   * Per plan (same order as `plans`) every combination of answers to `questions` that leads
   * to it, values in `questions` order; null when the combinations are too many to send.
   */
  answerRows: string[][][] | null
}

/**
 * The grouping of a flow as the path map sees it (the flow as written, no variant). Undefined
 * when the map is incomplete or no question changes the plan (then every answer groups).
 */
export function planGrouping(flow: Flow): PlanGrouping | undefined {
  const map = mapPaths(flow)
  if (!map.complete) return undefined
  const questions = map.questions.filter((question) => question.changesPlan).map(({ key }) => key)
  if (questions.length === 0) return undefined
  const multi = new Set(
    flow.questions.filter((question) => question.type === 'multi').map(({ key }) => key),
  )
  const planOf = (answers: readonly GroupAnswer[]) => {
    const given: Record<string, string | string[]> = {}
    for (const { question, value } of answers) {
      // A multi-choice "" is the empty choice ("none of these"); elsewhere it is unanswered.
      if (multi.has(question)) given[question] = value === '' ? [] : value.split('+')
      else if (value !== '') given[question] = value
    }
    const group = map.groupOf(given)
    return group ? map.groups.indexOf(group) : null
  }
  const combinations = answerCombinations(flow, questions)
  const answerRows = combinations && map.groups.map((): string[][] => [])
  for (const row of combinations ?? []) {
    const plan = planOf(row.map((value, i) => ({ question: questions[i]!, value })))
    if (plan !== null) answerRows![plan]!.push(row)
  }
  return {
    questions,
    plans: map.groups.map((group) => ({ steps: group.steps.map((step) => step.key) })),
    planOf,
    answerRows,
  }
}

/** The plan grouping of the flow with this id (see planGrouping); undefined when it cannot be read. */
export async function planQuestions(
  req: PayloadRequest,
  id: number | string,
): Promise<PlanGrouping | undefined> {
  try {
    const doc = await req.payload.findByID({ collection: 'flows', id, depth: 0, req })
    return planGrouping(await toEngineFlow(req, doc as unknown as Record<string, unknown>))
  } catch {
    return undefined
  }
}
