import type { Period, Store } from '../../store/types.ts'
import { suppress } from '../suppress.ts'
import { answerGroupFunnels } from './answerGroups.ts'

/** One flow's funnels per answer group (see answerGroupFunnels), grouped in this process. */
export async function answerGroupsReport(
  store: Store,
  flow: string,
  period: Period,
  questions: string | undefined,
) {
  const rows = await store.flowProgress(flow, period)
  return { flow, ...answerGroupFunnels(rows, questions?.split(',')) }
}

/** Offered the alternative flow → took it → completed it, each count under five as "<5". */
export async function alternativeReport(
  store: Store,
  flow: string,
  alternative: string,
  period: Period,
) {
  const row = await store.alternativeFunnel(flow, alternative, period)
  return {
    flow,
    alternative,
    offered: suppress(row.offered),
    taken: suppress(row.taken),
    completed: suppress(row.completed),
  }
}
