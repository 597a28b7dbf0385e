import { createHash } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

type Variant = { key?: unknown; share?: unknown; moveFirst?: unknown; hide?: unknown }
type Experiment = {
  outcome?: unknown
  step?: unknown
  checklist?: unknown
  checklistItems?: unknown
  periodStart?: unknown
  designHash?: unknown
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? value.id : value

/** A fingerprint of what makes an experiment: the variants (keys, shares, changes) and the outcome. */
function experimentDesignHash(variants: Variant[], experiment: Experiment): string {
  const design = {
    variants: variants.map((variant) => [
      variant.key,
      variant.share,
      variant.moveFirst,
      variant.hide,
    ]),
    outcome: [
      experiment.outcome ?? 'flow_completed',
      experiment.step ?? null,
      idOf(experiment.checklist) ?? null,
      experiment.checklistItems ?? null,
    ],
  }
  return createHash('sha256').update(JSON.stringify(design)).digest('hex').slice(0, 32)
}

/**
 * Starts a new experiment period when the design changes: results never mix two designs.
 * A flow without variants keeps no period.
 */
export const experimentPeriod: CollectionBeforeChangeHook = ({ data }) => {
  const variants = Array.isArray(data.variants) ? (data.variants as Variant[]) : []
  const experiment = (data.experiment ?? {}) as Experiment
  if (variants.length === 0) {
    data.experiment = { ...experiment, periodStart: null, designHash: null }
    return data
  }
  const hash = experimentDesignHash(variants, experiment)
  if (hash !== experiment.designHash || !experiment.periodStart)
    data.experiment = { ...experiment, designHash: hash, periodStart: new Date().toISOString() }
  return data
}
