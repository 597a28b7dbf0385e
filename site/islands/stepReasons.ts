import type { Flow, Locale, Step } from '../../content-models/browser.ts'
import {
  explainStep,
  type FlowPlan,
  type FlowState,
  type PlanOptions,
  type StepReason,
} from '../../flows/index.ts'

/** One step of the flow with why it is, or is not, in the citizen's plan. */
export type StepWithReason = {
  step: Step
  /** In the citizen's plan. */
  chosen: boolean
  reason: StepReason
  /** The A/B variant moved the step to the front (`moved`) or left it out (`hidden`). */
  variant: 'moved' | 'hidden' | null
}

/**
 * Every step of the flow, in the flow's order, with its reason from the citizen's own answers
 * (`explainStep`, the same sentence rules the editors' condition builder uses) and what the
 * plan's A/B variant did to it. Computed on the device from what it already holds.
 */
export function stepReasons(
  flow: Flow,
  plan: FlowPlan,
  state: FlowState,
  locale: Locale,
  options?: PlanOptions,
): StepWithReason[] {
  const chosen = new Set(plan.steps.map((planned) => planned.key))
  const variant = flow.variants.find((one) => one.key === plan.variant)
  return flow.steps.map((step) => {
    const reason = explainStep(step, flow, state, locale, options)
    const isChosen = chosen.has(step.key)
    const byVariant = isChosen
      ? variant?.moveFirst.includes(step.key) && 'moved'
      : reason.shown && variant?.hide.includes(step.key) && 'hidden'
    return { step, chosen: isChosen, reason, variant: byVariant || null }
  })
}
