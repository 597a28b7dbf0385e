import type { GroupRow, Period, Store } from '../store/types.ts'
import { minimumCount, suppress } from './suppress.ts'

/** completed / started, only when both counts are shown (else null), to 3 decimals. */
function completionRate(started: number, completed: number): number | null {
  if (started < minimumCount || completed < minimumCount) return null
  return Math.round((Math.min(completed, started) / started) * 1000) / 1000
}

function median(row: GroupRow | undefined): number | null {
  if (!row || row.medianMinutes === null || row.timed < minimumCount) return null
  return Math.round(row.medianMinutes * 10) / 10
}

/** One row per flow: subjects who started and completed it, and the completion rate. */
export async function flowsReport(store: Store, period: Period) {
  const rows = await store.flowTotals(period)
  return rows.map((row) => ({
    flow: row.flow,
    started: suppress(row.started),
    completed: suppress(row.completed),
    completionRate: completionRate(row.started, row.completed),
  }))
}

/**
 * One flow's funnel: per step subjects who viewed, completed and dropped off; per variant
 * started, completed and median minutes from start to completion; every count under five
 * as "<5", and a median only when at least five subjects both started and completed.
 */
export async function flowReport(store: Store, flow: string, period: Period) {
  const [steps, [all], variants] = await Promise.all([
    store.flowSteps(flow, period),
    store.flowGroups(flow, period, false),
    store.flowGroups(flow, period, true),
  ])
  const group = (row: GroupRow) => ({
    started: suppress(row.started),
    completed: suppress(row.completed),
    completionRate: completionRate(row.started, row.completed),
    medianMinutes: median(row),
  })
  return {
    flow,
    ...group(all ?? { variant: null, started: 0, completed: 0, medianMinutes: null, timed: 0 }),
    steps: steps.map((row) => ({
      step: row.step,
      viewed: suppress(row.viewed),
      completed: suppress(row.completed),
      droppedOff: suppress(row.droppedOff),
    })),
    variants: variants.map((row) => ({ variant: row.variant, ...group(row) })),
  }
}
