import type { Flow } from '../../content-models/index.ts'
import type { FlowCatalog, FlowProblem } from '../types.ts'
import { problem } from './problem.ts'

/** A fallback to a flow that is not published, or a chain of fallbacks that leads back to this flow. */
export function checkFallback(flow: Flow, catalog: FlowCatalog): FlowProblem[] {
  const target = flow.fallback?.flow
  if (!target) return []
  const next = new Map<string, string | undefined>()
  for (const other of catalog.flows ?? []) next.set(other.slug, other.fallback?.flow)
  // The flow being saved replaces its own published version.
  next.set(flow.slug, target)
  if (target !== flow.slug && !(catalog.flows ?? []).some((other) => other.slug === target)) {
    return [problem('fallback-flow-unknown', 'fallback.flow', target)]
  }
  const chain = [flow.slug]
  let current: string | undefined = target
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current)
    current = next.get(current)
  }
  // A loop among other flows is theirs to report; only a loop back to this flow is this flow's fault.
  if (current !== flow.slug) return []
  return [problem('fallback-cycle', 'fallback.flow', [...chain, flow.slug])]
}
