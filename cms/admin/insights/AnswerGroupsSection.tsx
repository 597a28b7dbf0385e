import type { GroupsText } from './groupsMessages.ts'
import { captionStyle, tableStyle } from './StatsTables.tsx'
import type { AlternativeStats, AnswerGroupsStats } from './trackingStats.ts'

/** Question prompts and option labels by key, to name groups in words rather than keys. */
export type QuestionWords = Record<string, { prompt: string; options: Record<string, string> }>

/** A group's answers in words: "Har du en a-kasse? Ja · Hvad har du brug for? CV + Sprog". */
function groupName(
  answers: AnswerGroupsStats['groups'][number]['answers'],
  words: QuestionWords,
  t: GroupsText,
): string {
  if (!answers) return t.other
  return answers
    .map(({ question, value }) => {
      const known = words[question]
      const values = value === '' ? [t.unanswered] : value.split('+')
      const labels = values.map((option) => known?.options[option] ?? option)
      return `${known?.prompt ?? question} ${labels.join(' + ')}`
    })
    .join(' · ')
}

/** Per answer group a table of its funnel; the alternative flow's funnel after them. */
export function AnswerGroupsSection({
  stats,
  alternative,
  words,
  stepTitles,
  t,
}: {
  stats: AnswerGroupsStats
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
        <table key={index} style={tableStyle} data-jf-table data-testid="answer-group">
          <caption style={captionStyle}>
            {groupName(group.answers, words, t)} ({group.subjects} {t.subjects})
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
                <th scope="row">{stepTitles[row.step] ?? row.step}</th>
                <td>{row.viewed}</td>
                <td>{row.completed}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.flowCompleted}</th>
              <td>{group.started}</td>
              <td>{group.completed}</td>
            </tr>
          </tbody>
        </table>
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
