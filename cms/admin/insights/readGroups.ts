import type { Flow } from '../../payload-types.ts'
import type { QuestionWords } from './AnswerGroupFunnel.tsx'
import { planFunnels, type PlanFunnels } from './planFunnels.ts'
import type { PlanGrouping } from './planQuestions.ts'
import {
  trackingStats,
  type AlternativeStats,
  type AnswerGroupsStats,
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
 * A flow's funnels per plan (answer groups merged by the plan they lead to, see planFunnels;
 * by every answer without a grouping), and its alternative flow's funnel when it has one.
 */
export async function readGroups(
  slug: string,
  alternative: string | null,
  period: Record<string, string | undefined>,
  grouping: PlanGrouping | undefined,
): Promise<{ groups: StatsResult<PlanFunnels>; alternative: AlternativeStats | null }> {
  const base = `/v1/stats/flows/${encodeURIComponent(slug)}`
  const [groups, fallback] = await Promise.all([
    trackingStats<AnswerGroupsStats>(`${base}/answer-groups`, {
      ...period,
      questions: grouping?.questions.join(','),
    }),
    alternative
      ? trackingStats<AlternativeStats>(`${base}/alternative`, { ...period, alternative })
      : null,
  ])
  return {
    groups: groups.ok ? { ok: true, data: planFunnels(groups.data, grouping) } : groups,
    alternative: fallback?.ok ? fallback.data : null,
  }
}
