import type { Flow } from '../../payload-types.ts'
import type { QuestionWords } from './AnswerGroupFunnel.tsx'
import { exactPlanFunnels, planFunnels, planFunnelsBody, type PlanFunnels } from './planFunnels.ts'
import type { PlanGrouping } from './planQuestions.ts'
import {
  trackingStats,
  type AlternativeStats,
  type AnswerGroupsStats,
  type PlanFunnelsStats,
  type StatsResult,
} from './trackingStats.ts'

/** Question prompts and option labels of a flow, by key (yes/no in the given words). */
export function questionWords(
  questions: Flow['questions'],
  yesNo: { yes: string; no: string },
): QuestionWords {
  return Object.fromEntries(
    (questions ?? []).map((question) => [
      question.key,
      {
        prompt: question.prompt,
        options:
          question.type === 'yesno'
            ? yesNo
            : Object.fromEntries(
                (question.options ?? []).map((option) => [option.value, option.label]),
              ),
      },
    ]),
  )
}

/**
 * A flow's funnels per plan. When the path map's plans can be listed with their answer
 * combinations, the tracking API counts each plan itself (exact totals); otherwise (or when
 * that fails) its answer groups are merged by plan here, sums of "<5" shown as ranges.
 */
async function funnelsPerPlan(
  base: string,
  period: Record<string, string | undefined>,
  grouping: PlanGrouping | undefined,
): Promise<StatsResult<PlanFunnels>> {
  const rows = grouping?.answerRows
  if (grouping && rows) {
    const exact = await trackingStats<PlanFunnelsStats>(
      `${base}/plan-funnels`,
      period,
      process.env,
      planFunnelsBody(grouping, rows),
    )
    if (exact.ok) return { ok: true, data: exactPlanFunnels(exact.data, grouping, rows) }
  }
  const groups = await trackingStats<AnswerGroupsStats>(`${base}/answer-groups`, {
    ...period,
    questions: grouping?.questions.join(','),
  })
  return groups.ok ? { ok: true, data: planFunnels(groups.data, grouping) } : groups
}

/** A flow's funnels per plan (see funnelsPerPlan), and its alternative flow's funnel when it has one. */
export async function readGroups(
  slug: string,
  alternative: string | null,
  period: Record<string, string | undefined>,
  grouping: PlanGrouping | undefined,
): Promise<{ groups: StatsResult<PlanFunnels>; alternative: AlternativeStats | null }> {
  const base = `/v1/stats/flows/${encodeURIComponent(slug)}`
  const [groups, fallback] = await Promise.all([
    funnelsPerPlan(base, period, grouping),
    alternative
      ? trackingStats<AlternativeStats>(`${base}/alternative`, { ...period, alternative })
      : null,
  ])
  return { groups, alternative: fallback?.ok ? fallback.data : null }
}
