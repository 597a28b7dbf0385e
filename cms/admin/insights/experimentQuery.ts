import type { Flow } from '../../payload-types.ts'

/** What of a flow the experiment query needs (the checklist as a document or its slug). */
export type ExperimentFlow = Pick<Flow, 'variants' | 'experiment'> & {
  fallbackSlug?: string | null
  checklistSlug?: string | null
}

const later = (a: string | undefined, b: string | null | undefined) => {
  if (!b) return a
  if (!a) return b
  return Date.parse(a) >= Date.parse(b) ? a : b
}

/**
 * The query of the tracking API's experiment endpoint for a flow with variants (null without
 * variants, or when the outcome lacks its step, checklist or alternative flow). Results are
 * counted from the experiment period's start, or the chosen `from` when that is later.
 */
export function experimentQuery(
  flow: ExperimentFlow,
  from: string | undefined,
  to: string | undefined,
): Record<string, string | undefined> | null {
  const variants = (flow.variants ?? []).filter((variant) => variant.key)
  if (variants.length < 2) return null
  const experiment = flow.experiment ?? {}
  const outcome = experiment.outcome ?? 'flow_completed'
  const query: Record<string, string | undefined> = {
    variants: variants.map((variant) => `${variant.key}:${variant.share}`).join(','),
    outcome,
    minimum: String(experiment.minimumSample ?? 100),
    from: later(from, experiment.periodStart),
    to,
  }
  if (outcome === 'step_completed') {
    query.step = experiment.step?.[0]
    if (!query.step) return null
  }
  if (outcome === 'checklist_done') {
    if (!flow.checklistSlug) return null
    query.checklist = `checklists/${flow.checklistSlug}`
    query.items = String(experiment.checklistItems ?? 1)
  }
  if (outcome === 'alternative_taken') {
    if (!flow.fallbackSlug) return null
    query.alternative = flow.fallbackSlug
  }
  return query
}
