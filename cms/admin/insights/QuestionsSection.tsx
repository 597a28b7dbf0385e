import { sourceName, weekRows } from './questionRows.ts'
import type { QuestionsText } from './questionsMessages.ts'
import { captionStyle, tableStyle } from './StatsTables.tsx'
import type { QuestionStats } from './trackingStats.ts'

/** Per week the questions asked in "Spørg" and the share answered; the sources citizens opened. */
export function QuestionsSection({ stats, t }: { stats: QuestionStats; t: QuestionsText }) {
  return (
    <section aria-labelledby="questions-heading" data-testid="questions">
      <h2 id="questions-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {stats.weeks.length === 0 ? (
        <p>{t.noQuestions}</p>
      ) : (
        <table style={tableStyle} data-jf-table>
          <caption style={captionStyle}>{t.weeksCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.week}</th>
              <th scope="col">{t.asked}</th>
              <th scope="col">{t.answered}</th>
              <th scope="col">{t.share}</th>
            </tr>
          </thead>
          <tbody>
            {weekRows(stats, t).map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.week}</th>
                <td>{row.asked}</td>
                <td>{row.answered}</td>
                <td>{row.share}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {stats.sources.length === 0 ? (
        <p>{t.noSources}</p>
      ) : (
        <table style={tableStyle} data-jf-table>
          <caption style={captionStyle}>{t.sourcesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.source}</th>
              <th scope="col">{t.opened}</th>
            </tr>
          </thead>
          <tbody>
            {stats.sources.map((row) => (
              <tr key={row.source}>
                <th scope="row">{sourceName(row, t)}</th>
                <td>{row.opened}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
