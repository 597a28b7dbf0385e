import { FunnelChart } from './FunnelChart.tsx'
import type { GroupsText } from './groupsMessages.ts'
import { countText } from './mergedCount.ts'
import type { FunnelGroup } from './planFunnels.ts'
import { captionStyle, tableStyle } from './StatsTables.tsx'

/** Question prompts and option labels by key, to name groups in words rather than keys. */
export type QuestionWords = Record<string, { prompt: string; options: Record<string, string> }>

/** Answers in words: "Har du en a-kasse? Ja · Hvad har du brug for? CV + Sprog". */
function answersInWords(
  answers: FunnelGroup['answers'][number],
  words: QuestionWords,
  t: GroupsText,
): string {
  return answers
    .map(({ question, value }) => {
      const known = words[question]
      const values = value === '' ? [t.unanswered] : value.split('+')
      const labels = values.map((option) => known?.options[option] ?? option)
      return `${known?.prompt ?? question} ${labels.join(' + ')}`
    })
    .join(' · ')
}

/** At most this many step titles name a plan; the rest are counted. */
const titlesInName = 3

/**
 * A group's name: "Plan 7: Meld dig ledig, Rettigheder, A-kasse + 5 trin mere" (the path map's
 * plan number and its first steps), the answers in words, or "Øvrige".
 */
function groupName(
  group: FunnelGroup,
  words: QuestionWords,
  stepTitles: Record<string, string>,
  t: GroupsText,
): string {
  if (group.kind === 'other') return t.other
  if (group.kind === 'no-plan') return t.noPlan
  if (group.kind === 'answers') return answersInWords(group.answers[0] ?? [], words, t)
  const titles = group.planSteps.slice(0, titlesInName).map((step) => stepTitles[step] ?? step)
  const more = group.planSteps.length - titles.length
  return `${t.plan} ${group.plan + 1}: ${titles.join(', ')}${more > 0 ? ` + ${more} ${t.moreSteps}` : ''}`
}

/**
 * One group's funnel: its name and size, the answers that make it up, a chart of the funnel
 * and the same numbers as a table (the plan's steps in order; steps outside the plan marked).
 */
export function AnswerGroupFunnel({
  group,
  index,
  words,
  stepTitles,
  t,
}: {
  group: FunnelGroup
  index: number
  words: QuestionWords
  stepTitles: Record<string, string>
  t: GroupsText
}) {
  const name = groupName(group, words, stepTitles, t)
  const id = `answer-group-${index}`
  const titles = Object.fromEntries(
    group.steps.map(({ step }) => [
      step,
      `${stepTitles[step] ?? step}${group.kind === 'plan' && !group.planSteps.includes(step) ? ` (${t.notInPlan})` : ''}`,
    ]),
  )
  return (
    <section aria-labelledby={id} data-testid="answer-group">
      <h3 id={id}>
        {name} ({countText(group.subjects)} {t.subjects})
      </h3>
      {group.answers.length > 0 && group.kind !== 'answers' ? (
        <>
          <p>{t.answersLead}</p>
          <ul>
            {group.answers.map((answers) => {
              const line = answersInWords(answers, words, t)
              return <li key={line}>{line}</li>
            })}
          </ul>
        </>
      ) : null}
      <FunnelChart
        steps={group.steps}
        titles={titles}
        note={t.chartNote}
        legend={{ viewed: t.viewed, completed: t.completedStep }}
      />
      <table style={tableStyle} data-jf-table>
        <caption style={captionStyle}>
          {t.funnelCaption}: {name}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.step}</th>
            <th scope="col">{t.viewed}</th>
            <th scope="col">{t.completedStep}</th>
          </tr>
        </thead>
        <tbody>
          {group.steps.map((row) => (
            <tr key={row.step}>
              <th scope="row">{titles[row.step]}</th>
              <td>{countText(row.viewed)}</td>
              <td>{countText(row.completed)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.flowCompleted}</th>
            <td>{countText(group.started)}</td>
            <td>{countText(group.completed)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  )
}
