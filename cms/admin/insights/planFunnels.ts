import { countSize, sumCounts, type MergedCount } from './mergedCount.ts'
import type { PlanGrouping } from './planQuestions.ts'
import type { AnswerGroupsStats, PlanFunnelsStats } from './trackingStats.ts'

type ApiGroup = AnswerGroupsStats['groups'][number]
type Answers = NonNullable<ApiGroup['answers']>

/** What a funnel group is: a plan of the path map, one set of answers, answers without a plan yet, or "øvrige". */
type FunnelGroupKind =
  | { kind: 'plan'; plan: number; planSteps: string[] }
  | { kind: 'answers' }
  | { kind: 'no-plan' }
  | { kind: 'other' }

/** One group's funnel: who it is, the answers that make it up, and its counts per step. */
export type FunnelGroup = FunnelGroupKind & {
  /**
   * The answer combinations of the group: those seen (merged answer groups) or, with exact
   * counts, every combination that leads to the plan; none for "øvrige" and "no plan".
   */
  answers: Answers[]
  subjects: MergedCount
  started: MergedCount
  completed: MergedCount
  steps: { step: string; viewed: MergedCount; completed: MergedCount }[]
}

/** The funnels per answer group, merged by plan when the path map can name the plans. */
export type PlanFunnels = { flow: string; groups: FunnelGroup[] }

/** Merges the tracking API's groups into one: counts summed, a plan's steps first, in order. */
function merge(kind: FunnelGroupKind, parts: ApiGroup[]): FunnelGroup {
  const order = kind.kind === 'plan' ? kind.planSteps : []
  // The plan's steps in order, then any other step the group reached (as the API ordered them).
  const keys = [
    ...new Set([...order, ...parts.flatMap((part) => part.steps.map(({ step }) => step))]),
  ]
  const stepCount = (step: string, field: 'viewed' | 'completed') =>
    sumCounts(parts.map((part) => part.steps.find((row) => row.step === step)?.[field] ?? 0))
  return {
    ...kind,
    answers: parts.flatMap((part) => (part.answers ? [part.answers] : [])),
    subjects: sumCounts(parts.map((part) => part.subjects)),
    started: sumCounts(parts.map((part) => part.started)),
    completed: sumCounts(parts.map((part) => part.completed)),
    steps: keys.map((step) => ({
      step,
      viewed: stepCount(step, 'viewed'),
      completed: stepCount(step, 'completed'),
    })),
  }
}

/**
 * The funnel per plan: the tracking API's groups (one per combination of answers to the
 * questions that change the plan, each of at least 5 citizens) merged by the path map's plan
 * they lead to, each with that plan's steps in order, largest group first. Groups without a
 * plan (questions unanswered) merge into one; the API's small groups stay "øvrige", last.
 * Without a grouping (no complete path map) each answer group stays as it is.
 */
export function planFunnels(stats: AnswerGroupsStats, grouping?: PlanGrouping): PlanFunnels {
  const other = stats.groups.filter((group) => group.answers === null)
  const known = stats.groups.filter((group) => group.answers !== null)
  const merged: FunnelGroup[] = []
  if (grouping) {
    const byPlan = new Map<number | null, ApiGroup[]>()
    for (const group of known) {
      const plan = grouping.planOf(group.answers!)
      byPlan.set(plan, [...(byPlan.get(plan) ?? []), group])
    }
    for (const [plan, parts] of byPlan) {
      merged.push(
        plan === null
          ? merge({ kind: 'no-plan' }, parts)
          : merge({ kind: 'plan', plan, planSteps: grouping.plans[plan]?.steps ?? [] }, parts),
      )
    }
  } else {
    for (const group of known) merged.push(merge({ kind: 'answers' }, [group]))
  }
  merged.sort((a, b) => countSize(b.subjects) - countSize(a.subjects))
  if (other.length > 0) merged.push(merge({ kind: 'other' }, other))
  return { flow: stats.flow, groups: merged }
}

/** The body of the tracking API's plan funnels: each plan's steps and answer combinations. */
export function planFunnelsBody(grouping: PlanGrouping, rows: string[][][]) {
  return {
    questions: grouping.questions,
    plans: grouping.plans.map((plan, index) => ({
      id: String(index),
      steps: plan.steps,
      answers: rows[index] ?? [],
    })),
  }
}

/**
 * The funnel per plan as the tracking API counted it (each citizen once, so every count is
 * exact or "<5"), named with the path map's plans and the answer combinations leading to each.
 */
export function exactPlanFunnels(
  stats: PlanFunnelsStats,
  grouping: PlanGrouping,
  rows: string[][][],
): PlanFunnels {
  const inWords = (row: string[]) =>
    row.map((value, index) => ({ question: grouping.questions[index]!, value }))
  return {
    flow: stats.flow,
    groups: stats.groups.map(({ kind, plan: id, ...counts }) => {
      const plan = Number(id)
      if (kind !== 'plan')
        return { kind: kind === 'none' ? 'no-plan' : 'other', answers: [], ...counts }
      const planSteps = grouping.plans[plan]?.steps ?? []
      return { kind, plan, planSteps, answers: (rows[plan] ?? []).map(inWords), ...counts }
    }),
  }
}
