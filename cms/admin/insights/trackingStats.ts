import { scopedQuery } from './statsScope.ts'

/** A count from the tracking API: a number of subjects, or "<5" when too few to show. */
export type Count = number | '<5'

/** The tracking API's `/v1/stats/flows`: every flow's starts and completions in the period. */
export type FlowsStats = {
  from: string | null
  to: string | null
  flows: { flow: string; started: Count; completed: Count; completionRate: number | null }[]
}

/** The tracking API's `/v1/stats/flows/:flow`: one flow's funnel by step and its variants. */
export type FlowStats = {
  flow: string
  started: Count
  completed: Count
  completionRate: number | null
  medianMinutes: number | null
  steps: { step: string; viewed: Count; completed: Count; droppedOff: Count }[]
  variants: {
    variant: string | null
    started: Count
    completed: Count
    completionRate: number | null
    medianMinutes: number | null
  }[]
}

/**
 * The aggregates, or why there are none: tracking not configured, not answering (with its
 * reason), or a user whose scope gives no numbers (statsScope.ts).
 */
export type StatsResult<T> =
  | { ok: true; data: T }
  | { ok: false; reason: 'not-configured' | 'unavailable' | 'out-of-scope'; detail?: string }

/**
 * Reads the tracking API's aggregates on the server. The read token stays here: it is
 * never sent to the editor's browser. Every request asks for the current scope's numbers
 * (`withStatsScope`): a municipality's staff get their municipality's only, whatever the query
 * says; in an unresolved scope nothing is read. With a `body`, it is POSTed as JSON.
 */
export async function trackingStats<T>(
  path: string,
  query: Record<string, string | undefined>,
  env: NodeJS.ProcessEnv = process.env,
  body?: unknown,
): Promise<StatsResult<T>> {
  const base = env.TRACKING_URL
  const token = env.TRACKING_READ_TOKEN
  if (!base || !token) return { ok: false, reason: 'not-configured' }
  const scoped = scopedQuery(query)
  if (!scoped) return { ok: false, reason: 'out-of-scope' }
  const url = new URL(path, base)
  for (const [key, value] of Object.entries(scoped)) if (value) url.searchParams.set(key, value)
  try {
    const response = await fetch(url, {
      ...(body === undefined
        ? { headers: { authorization: `Bearer ${token}` } }
        : {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }),
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok)
      return {
        ok: false,
        reason: 'unavailable',
        detail: `${response.status} ${await response.text()}`,
      }
    return { ok: true, data: (await response.json()) as T }
  } catch (error) {
    return { ok: false, reason: 'unavailable', detail: (error as Error).message }
  }
}

/** A comparison with the first variant, as the tracking API answers it. */
type ExperimentComparison = {
  verdict: 'too_few' | 'better' | 'worse' | 'unclear'
  difference: { estimate: number; low: number; high: number } | null
  chanceToBeatFirst: number | null
}

/** The tracking API's `/v1/stats/flows/:flow/experiment`: variants compared on one outcome. */
export type ExperimentStats = {
  flow: string
  from: string | null
  to: string | null
  outcome: string
  minimumSample: number
  sampleRatio: { pValue: number; mismatch: boolean }
  unconfiguredStarted: Count
  variants: {
    variant: string
    share: number
    started: Count
    reached: Count
    rate: { rate: number; low: number; high: number } | null
    needed: number
    comparison: ExperimentComparison | null
  }[]
}

/** The tracking API's `/v1/stats/flows/:flow/answer-groups`: a funnel per group of answers. */
export type AnswerGroupsStats = {
  flow: string
  questions: string[]
  groups: {
    answers: { question: string; value: string }[] | null
    subjects: Count
    started: Count
    completed: Count
    steps: { step: string; viewed: Count; completed: Count }[]
  }[]
}

/** The tracking API's `/v1/stats/flows/:flow/plan-funnels`: a funnel per plan, exact counts. */
export type PlanFunnelsStats = {
  flow: string
  groups: {
    kind: 'plan' | 'none' | 'other'
    plan: string | null
    subjects: Count
    started: Count
    completed: Count
    steps: { step: string; viewed: Count; completed: Count }[]
  }[]
}

/** The tracking API's `/v1/stats/flows/:flow/alternative`: offered → taken → completed. */
export type AlternativeStats = { offered: Count; taken: Count; completed: Count }

/** The tracking API's `/v1/stats/questions`: per ISO week asked and answered; sources opened. */
export type QuestionStats = {
  from: string | null
  to: string | null
  weeks: {
    week: string
    monday: string
    asked: Count
    answered: Count
    answeredShare: number | null
  }[]
  sources: { source: string; type: string; slug: string; opened: Count }[]
}
