import { AnswerGroupFunnel, type QuestionWords } from './AnswerGroupFunnel.tsx'
import type { GroupsText } from './groupsMessages.ts'
import type { PlanFunnels } from './planFunnels.ts'
import { captionStyle, tableStyle } from './StatsTables.tsx'
import type { AlternativeStats } from './trackingStats.ts'

/** Per plan (answer group) its funnel as chart and table; the alternative flow's funnel after them. */
export function AnswerGroupsSection({
  stats,
  alternative,
  words,
  stepTitles,
  t,
}: {
  stats: PlanFunnels
  alternative: AlternativeStats | null
  words: QuestionWords
  stepTitles: Record<string, string>
  t: GroupsText
}) {
  return (
    <section aria-labelledby="groups-heading" data-testid="answer-groups">
      <h2 id="groups-heading">{t.groupsHeading}</h2>
      <p>{t.groupsIntro}</p>
      {stats.groups.map((group, index) => (
        <AnswerGroupFunnel
          key={index}
          group={group}
          index={index}
          words={words}
          stepTitles={stepTitles}
          t={t}
        />
      ))}
      {alternative ? (
        <table style={tableStyle} data-jf-table data-testid="alternative">
          <caption style={captionStyle}>{t.alternativeHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.step}</th>
              <th scope="col">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.offered}</th>
              <td>{alternative.offered}</td>
            </tr>
            <tr>
              <th scope="row">{t.taken}</th>
              <td>{alternative.taken}</td>
            </tr>
            <tr>
              <th scope="row">{t.alternativeCompleted}</th>
              <td>{alternative.completed}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
