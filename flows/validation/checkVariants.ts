import type { Flow } from '../../content-models/index.ts'
import { listOf } from '../draft.ts'
import type { FlowIndex } from '../flowIndex.ts'
import type { FlowProblem } from '../types.ts'
import { problem } from './problem.ts'

/** Shares that do not add up to 100, variants naming unknown steps or hiding the contact step. */
export function checkVariants(flow: Flow, index: FlowIndex): FlowProblem[] {
  const variants = listOf(flow.variants)
  if (variants.length === 0) return []
  const problems: FlowProblem[] = []
  const sum = variants.reduce((total, variant) => total + variant.share, 0)
  // Shares like 33.3 + 33.3 + 33.4 do not add up exactly in floating point.
  if (Math.abs(sum - 100) > 1e-6) {
    problems.push(problem('variant-shares-not-100', 'variants', Math.round(sum * 100) / 100))
  }
  variants.forEach((variant, at) => {
    for (const list of ['moveFirst', 'hide'] as const) {
      listOf(variant[list]).forEach((key, position) => {
        const path = `variants[${at}].${list}[${position}]`
        const step = index.steps.get(key)
        if (!step) problems.push(problem('variant-unknown-step', path, variant.key, key))
        else if (list === 'hide' && step.kind === 'contact') {
          problems.push(problem('contact-step-hidden', path, variant.key, key))
        }
      })
    }
  })
  return problems
}

/** Keys of the steps every variant a citizen can get hides; empty when some citizens get no variant. */
export function hiddenInEveryVariant(flow: Flow): Set<string> {
  const live = listOf(flow.variants).filter((variant) => variant.share > 0)
  const covered = live.reduce((total, variant) => total + variant.share, 0)
  const [first, ...rest] = live
  if (!first || covered < 100 - 1e-6) return new Set()
  return new Set(
    listOf(first.hide).filter((key) => rest.every((variant) => listOf(variant.hide).includes(key))),
  )
}
