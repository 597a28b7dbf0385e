import type { Localized, Step } from '../../content-models/index.ts'
import type { FlowMessage, PlanOptions } from '../types.ts'

/** How to map a flow: checklist definitions as for planning, and which variant's citizens to map. */
export type PathMapOptions = PlanOptions & {
  /** Map the plans a variant's citizens get (its moved and hidden steps); none by default. */
  variant?: string | null
}

/** One step of a plan on the map. */
export type PathStep = {
  key: string
  title: Localized<string>
  minutes: number
  kind: Step['kind']
  /** Shown now, but its condition also asks about progress (it may go away later). */
  waitsOnProgress: boolean
}

/** Which answers to one question lead to a plan. */
export type PathAnswerSet = {
  question: string
  /** The answer values that occur (for a multi-choice question: options chosen in some answer). */
  values: string[]
  /** Multi-choice: choosing none of the options occurs. */
  noneChosen: boolean
  /** Every possible answer occurs: within this plan the question makes no difference. */
  everyAnswer: boolean
  /** Some combinations reach this plan without being asked the question. */
  skipped: boolean
  /** Some combinations reaching this plan are asked the question. */
  asked: boolean
}

/** The combinations of screening answers that lead to the same plan. */
export type PathGroup = {
  /** The plan a fresh citizen gets (nothing completed yet): visible steps in order. */
  steps: PathStep[]
  /** Minutes of all the plan's steps. */
  minutes: number
  /** How many answer combinations lead here. */
  combinations: number
  /** One combination that leads here, as `FlowState.answers` takes it (to open the trial). */
  answers: Record<string, string | string[]>
  /** Per question of the flow, the answers that occur among the combinations. */
  answerSets: PathAnswerSet[]
  /** The alternative flow a fresh citizen is offered, if any. */
  fallback: { flow: string; message: Localized<string> | null } | null
  /** The alternative flow's condition also asks about progress: it may be offered, or withdrawn, later. */
  fallbackWaitsOnProgress: boolean
  /** Steps not shown now that may show once the citizen completes steps or checklists. */
  later: PathStep[]
  /** The plan has no content step (only the contact step, or nothing). */
  withoutContent: boolean
}

/** A step of the flow and how many combinations show it. */
export type PathMapStep = PathStep & {
  /** Combinations whose fresh plan shows the step. */
  combinations: number
  /** Whether some combination's plan may gain or lose it with progress. */
  dependsOnProgress: boolean
}

/** A question of the flow and what its answer does. */
export type PathMapQuestion = {
  key: string
  prompt: Localized<string>
  /** Combinations in which the citizen is asked the question. */
  asked: number
  /** Some change of this answer alone changes the plan. */
  changesPlan: boolean
}

/** Something the editor should look at, found by mapping every combination. */
export type PathMapFlag = {
  code:
    | 'step-never-shown'
    | 'plan-without-content'
    | 'fallback-unreachable'
    | 'question-changes-nothing'
  /** Where to show it, as `validateFlow` paths: `steps[3]`, `questions[1]`, `fallback.when`; a plan: `groups[2]`. */
  path: string
  message: FlowMessage
}

/**
 * The "Forløbskort": every combination of screening answers a citizen can give (following
 * the engine's rules for which questions are asked), grouped by the plan it leads to.
 */
export type PathMap = {
  flow: string
  /** The variant mapped, or null (the plan as written). */
  variant: string | null
  /** False when the flow has too many combinations to map; `limit` says why. */
  complete: boolean
  limit: FlowMessage | null
  /** "7 forskellige planer for 12 svarkombinationer". */
  headline: { plans: number; combinations: number; message: FlowMessage }
  groups: PathGroup[]
  steps: PathMapStep[]
  questions: PathMapQuestion[]
  flags: PathMapFlag[]
  /** The plan group a complete set of screening answers leads to; null when answers are missing. */
  groupOf: (answers: Readonly<Record<string, unknown>> | null | undefined) => PathGroup | null
}
