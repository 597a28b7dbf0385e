import type { Flow } from '../../payload-types.ts'
import type { QuestionWords } from './AnswerGroupsSection.tsx'
import { trackingStats, type AlternativeStats, type AnswerGroupsStats } from './trackingStats.ts'

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

/** A flow's funnels per answer group (by `questions`, else every answer), and its alternative flow's funnel when it has one. */
export async function readGroups(
  slug: string,
  alternative: string | null,
  period: { from?: string; to?: string },
  questions: string[] | undefined,
) {
  const base = `/v1/stats/flows/${encodeURIComponent(slug)}`
  const [groups, fallback] = await Promise.all([
    trackingStats<AnswerGroupsStats>(`${base}/answer-groups`, {
      ...period,
      questions: questions?.join(','),
    }),
    alternative
      ? trackingStats<AlternativeStats>(`${base}/alternative`, { ...period, alternative })
      : null,
  ])
  return { groups, alternative: fallback?.ok ? fallback.data : null }
}
