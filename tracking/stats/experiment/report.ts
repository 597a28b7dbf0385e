import { ApiError } from '../../errors.ts'
import type { ExperimentOutcome, Period, Store } from '../../store/types.ts'
import { compareVariants, type ConfiguredVariant } from './compareVariants.ts'

/** The experiment query as it arrives (every value a string; the schema has checked each). */
export type ExperimentQuery = {
  variants: string
  outcome?: ExperimentOutcome['kind']
  step?: string
  checklist?: string
  items?: string
  alternative?: string
  minimum?: string
}

/** The default number of citizens each variant needs before it is compared. */
const defaultMinimumSample = 100

const missing = (field: string, outcome: string) =>
  new ApiError(400, 'invalid_request', { field, message: `outcome ${outcome} needs ${field}.` })

/** Reads `key:share,…`; keys must differ and the shares add up to more than 0. */
function parseVariants(text: string): ConfiguredVariant[] {
  const variants = text.split(',').map((part) => {
    const [key, share] = part.split(':')
    return { key: key!, share: Number(share) }
  })
  const keys = new Set(variants.map((variant) => variant.key))
  if (keys.size !== variants.length || variants.every((variant) => variant.share === 0))
    throw new ApiError(400, 'invalid_request', {
      field: 'variants',
      message: 'variants need different keys and shares adding up to more than 0.',
    })
  return variants
}

/** The outcome the query names, with the step, checklist or flow it needs. */
function parseOutcome(query: ExperimentQuery): ExperimentOutcome {
  const kind = query.outcome ?? 'flow_completed'
  switch (kind) {
    case 'step_completed':
      if (query.step === undefined) throw missing('step', kind)
      return { kind, step: query.step }
    case 'checklist_done':
      if (query.checklist === undefined) throw missing('checklist', kind)
      return { kind, checklist: query.checklist, items: Number(query.items ?? '1') }
    case 'alternative_taken':
      if (query.alternative === undefined) throw missing('alternative', kind)
      return { kind, flow: query.alternative }
    default:
      return { kind }
  }
}

/** One flow's experiment in the period, counted by the store and compared here. */
export async function experimentReport(
  store: Store,
  flow: string,
  period: Period,
  query: ExperimentQuery,
) {
  const variants = parseVariants(query.variants)
  const outcome = parseOutcome(query)
  const minimum = query.minimum === undefined ? defaultMinimumSample : Number(query.minimum)
  const tallies = await store.experimentCounts(flow, period, outcome)
  return { flow, outcome: outcome.kind, ...compareVariants(variants, tallies, minimum) }
}
