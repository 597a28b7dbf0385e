import type { ProgressRow } from '../../store/types.ts'
import { minimumCount } from '../suppress.ts'
import { bySubject, funnelOf, type SubjectProgress } from './answerGroups.ts'

/** The plans a client asks for: per plan its id, its steps in order and the answers that lead to it. */
export type PlanFunnelsBody = {
  /** The questions whose answers decide the plan; each answer row is aligned with them. */
  questions: string[]
  plans: { id: string; steps: string[]; answers: string[][] }[]
}

/** Which group a subject lands in: a plan's index, or none when no plan lists its answers. */
function planIndex(body: PlanFunnelsBody): (subject: SubjectProgress) => number | null {
  const byKey = new Map<string, number>()
  body.plans.forEach((plan, index) => {
    for (const row of plan.answers) byKey.set(JSON.stringify(row), index)
  })
  return (subject) => {
    const key = JSON.stringify(
      body.questions.map((question) => subject.answers.get(question) ?? ''),
    )
    return byKey.get(key) ?? null
  }
}

/**
 * Funnels per plan: each subject's last answers to `questions` pick the plan whose answer rows
 * list them (none: the "none" group), and each group gets its funnel, a plan's steps first in
 * its order. Groups of fewer than five subjects (plans and "none") are merged into one "other"
 * group; every count under five is "<5". Totals are exact: counted once per subject here.
 */
export function planFunnels(rows: ProgressRow[], body: PlanFunnelsBody) {
  const indexOf = planIndex(body)
  const members = body.plans.map((): SubjectProgress[] => [])
  const none: SubjectProgress[] = []
  for (const subject of bySubject(rows).values()) {
    const index = indexOf(subject)
    if (index === null) none.push(subject)
    else members[index]!.push(subject)
  }
  const groups = [
    ...body.plans.map((plan, index) => ({
      kind: 'plan' as const,
      plan: plan.id,
      order: plan.steps,
      members: members[index]!,
    })),
    { kind: 'none' as const, plan: null, order: [], members: none },
  ]
  const shown = groups.filter((group) => group.members.length >= minimumCount)
  const other = groups.filter((group) => group.members.length < minimumCount)
  const otherMembers = other.flatMap((group) => group.members)
  return {
    questions: body.questions,
    groups: [
      ...shown
        .sort((a, b) => b.members.length - a.members.length)
        .map(({ kind, plan, order, members: part }) => ({ kind, plan, ...funnelOf(part, order) })),
      ...(otherMembers.length > 0
        ? [{ kind: 'other' as const, plan: null, ...funnelOf(otherMembers) }]
        : []),
    ],
  }
}
