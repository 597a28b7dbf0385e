import type { ContentCollection, Localized, Step } from '../content-models/index.ts'
import type { FlowProblemCode } from './messages.ts'

/** A text an editor reads, always in both Danish and English. */
export type FlowMessage = { da: string; en: string }

/** One thing wrong with a flow definition, pointing at the field at fault. */
export type FlowProblem = {
  /** Where the fault is, e.g. `steps[3].showWhen.all[1]`. */
  path: string
  code: FlowProblemCode
  message: FlowMessage
}

/** Slugs of published documents, as a set or a list. */
export type SlugList = ReadonlySet<string> | readonly string[]

/** Another published flow, as far as fallback chains need to know it. */
export type FlowLink = { slug: string; fallback?: { flow: string } | null }

/**
 * What is published, as `validateFlow` needs to know it: slugs per content collection
 * and the other flows with their fallbacks. A missing collection means nothing is published in it.
 */
export type FlowCatalog = { [C in ContentCollection]?: SlugList } & { flows?: readonly FlowLink[] }

/** What the citizen's device knows. Every field is optional and checked, never trusted. */
export type FlowState = {
  /** Answers per question key: one value, or several for a multi-choice question. */
  answers?: Readonly<Record<string, string | readonly string[]>>
  /** Keys of the steps the citizen has completed. */
  completed?: readonly string[]
  /** Checklist item keys ticked, per step key. */
  checked?: Readonly<Record<string, readonly string[]>>
  /** The device's anonymous id, used to pick the variant. */
  subject?: string
}

/** Extra knowledge for planning. */
export type PlanOptions = {
  /** Required item keys per checklist slug; decides `checklistDone` (else: the step is completed). */
  checklists?: Readonly<Record<string, readonly string[]>>
}

/** Where a visible step stands for the citizen. */
export type StepStatus = 'done' | 'current' | 'todo'

/** One visible step of a citizen's path. */
export type PlannedStep = { key: string; status: StepStatus; step: Step }

/** How far the citizen has come through the visible steps. */
export type FlowProgress = { done: number; total: number; minutesLeft: number }

/** Another flow to offer, because the flow's fallback condition holds. */
export type FallbackSuggestion = { flow: string; message: Localized<string> | null }

/** A citizen's personalised path through a flow. */
export type FlowPlan = {
  flow: string
  /** The A/B variant the citizen is in, or null when the flow has none. */
  variant: string | null
  steps: PlannedStep[]
  /** The step to do next (the current one), or null when every visible step is done. */
  next: PlannedStep | null
  progress: FlowProgress
  fallback: FallbackSuggestion | null
}
