import type { PayloadRequest } from 'payload'
import { experimentQuery } from './experimentQuery.ts'
import { trackingStats, type ExperimentStats } from './trackingStats.ts'

const slugOf = (value: unknown) =>
  value && typeof value === 'object' && 'slug' in value ? String(value.slug) : null

/**
 * A flow's declared experiment and its read-out from the tracking API, or null when the
 * flow has no experiment to read (fewer than two variants, an outcome without its target).
 */
export async function readExperiment(
  req: PayloadRequest,
  id: number | string,
  from: string | undefined,
  to: string | undefined,
) {
  const flow = await req.payload.findByID({
    collection: 'flows',
    id,
    depth: 1,
    req,
    select: { slug: true, variants: true, experiment: true, fallback: true },
  })
  const query = experimentQuery(
    {
      variants: flow.variants,
      experiment: flow.experiment,
      checklistSlug: slugOf(flow.experiment?.checklist),
      fallbackSlug: slugOf(flow.fallback?.flow),
    },
    from,
    to,
  )
  if (!query || !flow.slug) return null
  const stats = await trackingStats<ExperimentStats>(
    `/v1/stats/flows/${encodeURIComponent(flow.slug)}/experiment`,
    query,
  )
  return {
    stats,
    hypothesis: flow.experiment?.hypothesis ?? null,
    since: flow.experiment?.periodStart ?? null,
  }
}
